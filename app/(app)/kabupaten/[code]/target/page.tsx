import { DistrictPageHeading } from "@/components/ui/district-page-heading";
import { getFormatter, getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { getDistrictByCode } from "@/lib/rollout/queries";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";
import { CreateTargetForm, EditTargetForm } from "@/lib/targets/components/target-forms";
import { listTargets } from "@/lib/targets/queries";

/** The district's rollout targets per year: planners add, change and delete them here. */
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
  return (
    <div className="flex flex-col gap-4">
      <DistrictPageHeading district={district} title={t("targetForm.pageTitle")} />
      {targets.length === 0 && <p className="rounded border border-dashed p-6 text-center text-slate-600">{t("district.noTargets")}</p>}
      <ul className="flex flex-col gap-3">
        {targets.map((target) => {
          const label = `${target.year} · ${t(`targetForm.kinds.${target.kind}`)}`;
          return (
            <li key={target.id} className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-4">
              <p className="font-semibold">
                {label}: {target.targetCount} · {t("district.deadline", { date: format.dateTime(target.deadline, { dateStyle: "long", timeZone: "UTC" }) })}
              </p>
              {target.note && <p className="text-sm">{target.note}</p>}
              {target.source && <p className="text-xs text-slate-500">{t("district.source", { source: target.source })}</p>}
              {mayEdit && (
                <details>
                  <summary className="cursor-pointer text-sm text-brand-700">{t("targetForm.edit")}</summary>
                  <EditTargetForm
                    target={{ id: target.id, version: target.version, targetCount: target.targetCount, deadline: target.deadline.toISOString().slice(0, 10), note: target.note ?? "", label }}
                  />
                </details>
              )}
            </li>
          );
        })}
      </ul>
      {mayEdit && <CreateTargetForm districtCode={district.code} year={new Date().getUTCFullYear()} />}
    </div>
  );
}
