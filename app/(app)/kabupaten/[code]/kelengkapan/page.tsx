import { getFormatter, getTranslations } from "next-intl/server";
import { DistrictPageHeading } from "@/components/ui/district-page-heading";
import { can } from "@/lib/auth/permissions";
import { DeclarationForm } from "@/lib/completeness/components/declaration-form";
import { listDeclarations } from "@/lib/completeness/queries";
import { localIsoDate, timeZoneOfRegion } from "@/lib/dates";
import { DATA_AREAS } from "@/lib/indicators/definitions";
import { staleDaysSetting } from "@/lib/indicators/freshness";
import { getDistrictIndicators } from "@/lib/indicators/queries";
import { getDistrictByCode } from "@/lib/rollout/queries";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";

/** Each data area of the district: entered, last updated, declared complete; planners declare and withdraw here. */
export default async function CompletenessPage({ params }: { params: Promise<{ code: string }> }) {
  const user = await requireUser();
  const { code } = await params;
  const { district, facts, declarations } = await orNotFound(
    withScope(user.scope, async (ctx) => {
      const district = await getDistrictByCode(ctx, decodeURIComponent(code));
      const today = new Date(`${localIsoDate(new Date(), timeZoneOfRegion(district.code))}T00:00:00Z`);
      const [indicators] = await getDistrictIndicators(ctx, { districtId: district.id }, today);
      return { district, facts: indicators!.facts, declarations: await listDeclarations(ctx, district.id) };
    }),
  );
  const t = await getTranslations();
  const format = await getFormatter();
  const mayDeclare = can(user.scope, "facility.write", { districtId: district.id });
  const today = localIsoDate(new Date(), timeZoneOfRegion(district.code));
  const date = (value: string) =>
    format.dateTime(new Date(`${value}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  return (
    <div className="flex flex-col gap-4">
      <DistrictPageHeading district={district} title={t("completeness.title")} />
      <p className="text-sm text-slate-600">{t("completeness.intro")}</p>
      <p className="text-xs text-slate-500">{t("completeness.staleDays", { days: staleDaysSetting() })}</p>
      <ul className="flex flex-col gap-3">
        {DATA_AREAS.map((area) => {
          const state = facts.areas[area];
          const declaration = declarations.find((row) => row.area === area) ?? null;
          const label = t(`figures.area.${area}`);
          return (
            <li
              key={area}
              className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-4"
              data-testid={`area-${area}`}
            >
              <p className="font-semibold first-letter:uppercase">{label}</p>
              <p className="text-sm">
                {t("completeness.entered")}:{" "}
                {area === "ROSTERS" ? (
                  t("completeness.rosterCount", {
                    withRoster: facts.puskesmas.withRoster,
                    puskesmas: facts.puskesmas.total,
                  })
                ) : state.rows > 0 ? (
                  t("figures.rows", { count: state.rows })
                ) : (
                  <span className="italic text-slate-500">{t("figures.noData")}</span>
                )}
                {state.illustrative > 0 && ` · ${t("figures.provenance.ILLUSTRATIVE")} ${state.illustrative}`}
                {" · "}
                {t("completeness.lastUpdated")}: {state.lastUpdated ? date(state.lastUpdated) : "–"}
              </p>
              <p className="text-sm" data-testid={`declaration-${area}`}>
                {declaration
                  ? t("figures.declared", { date: date(declaration.completeAsOf) })
                  : t("figures.notDeclared")}
                {declaration?.declaredBy && ` · ${declaration.declaredBy}`}
                {declaration?.note && ` · ${declaration.note}`}
              </p>
              {mayDeclare && (
                <DeclarationForm
                  districtCode={district.code}
                  area={area}
                  areaLabel={label}
                  today={today}
                  current={declaration}
                />
              )}
            </li>
          );
        })}
      </ul>
    </div>
  );
}
