import { DistrictPageHeading } from "@/components/ui/district-page-heading";
import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { CorrectionHistory } from "@/lib/corrections/components/correction-history";
import { timeZoneOfRegion, todayIn, toIsoDate } from "@/lib/dates";
import { getDistrictByCode } from "@/lib/rollout/queries";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";
import { CreateTargetForm, EditTargetForm } from "@/lib/targets/components/target-forms";
import { listTargets } from "@/lib/targets/queries";

/** The district's rollout targets per year: planners add, correct and void them here; nothing is deleted. */
export default async function TargetsPage({ params }: { params: Promise<{ code: string }> }) {
  const user = await requireUser();
  const { code } = await params;
  const { district, targets } = await orNotFound(
    withScope(user.scope, async (ctx) => {
      const district = await getDistrictByCode(ctx, decodeURIComponent(code));
      return { district, targets: await listTargets(ctx, district) };
    }),
  );
  const t = await getTranslations();
  const format = await getFormatter();
  const mayEdit = can(user.scope, "target.write", { districtId: district.id });
  const timeZone = timeZoneOfRegion(district.code);
  const describe = (previous: Record<string, unknown>) =>
    `${previous.targetCount ?? "–"} · ${t("district.deadline", { date: String(previous.deadline ?? "–") })}${previous.note ? ` · ${String(previous.note)}` : ""}`;
  return (
    <div className="flex flex-col gap-4">
      <DistrictPageHeading district={district} title={t("targetForm.pageTitle")} />
      {targets.length === 0 && (
        <p className="rounded border border-dashed p-6 text-center text-slate-600">{t("district.noTargets")}</p>
      )}
      <ul className="flex flex-col gap-3">
        {targets.map((target) => {
          const label = `${target.year} · ${t(`targetForm.kinds.${target.kind}`)}`;
          return (
            <li
              key={target.id}
              data-testid="target"
              className={`flex flex-col gap-2 rounded border border-slate-200 p-4 ${target.voidedAt ? "bg-slate-50 text-slate-500" : "bg-white"}`}
            >
              <p className="font-semibold">
                <span className={target.voidedAt ? "line-through" : undefined}>
                  {label}: {target.targetCount} ·{" "}
                  {t("district.deadline", {
                    date: format.dateTime(target.deadline, { dateStyle: "long", timeZone: "UTC" }),
                  })}
                </span>
                {target.voidedAt && (
                  <span className="ml-2 rounded bg-red-50 px-1 text-xs text-red-700">{t("corrections.voided")}</span>
                )}
              </p>
              {target.note && <p className="text-sm">{target.note}</p>}
              {target.source && (
                <p className="text-xs text-slate-500">{t("district.source", { source: target.source })}</p>
              )}
              <CorrectionHistory corrections={target.corrections} timeZone={timeZone} describe={describe} />
              {mayEdit && !target.voidedAt && (
                <details>
                  <summary className="cursor-pointer text-sm text-brand-700">{t("targetForm.edit")}</summary>
                  <EditTargetForm
                    target={{
                      id: target.id,
                      version: target.version,
                      targetCount: target.targetCount,
                      deadline: toIsoDate(target.deadline),
                      note: target.note ?? "",
                      label,
                    }}
                  />
                </details>
              )}
            </li>
          );
        })}
      </ul>
      {mayEdit && <CreateTargetForm districtCode={district.code} year={todayIn(timeZone).getUTCFullYear()} />}
    </div>
  );
}
