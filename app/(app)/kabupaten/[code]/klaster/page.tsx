import { AsOfField } from "@/components/ui/as-of-field";
import { DistrictPageHeading } from "@/components/ui/district-page-heading";
import { getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/ui/export-links";
import { asOfOrToday } from "@/lib/dashboard/schemas";
import { getDistrictByCode } from "@/lib/rollout/queries";
import { RollupTable } from "@/lib/staffing/components/rollup-table";
import { getStaffingRollup } from "@/lib/staffing/rollup";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";
import { timeZoneOfRegion, todayIn, toIsoDate } from "@/lib/dates";

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** The Dinkes roll-up of cluster assignment: every puskesmas of the district, as of ?per=; ?perlu=1 keeps those needing attention. */
export default async function DistrictStaffingPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { code } = await params;
  const query = await searchParams;
  const asOf = asOfOrToday(query.per, timeZoneOfRegion(code));
  const onlyIncomplete = query.perlu === "1";
  const { district, rollup } = await orNotFound(
    withScope(user.scope, async (ctx) => {
      const district = await getDistrictByCode(ctx, decodeURIComponent(code));
      return { district, rollup: await getStaffingRollup(ctx, district.id, asOf.date) };
    }),
  );
  const t = await getTranslations();
  const basePath = `/kabupaten/${district.code}/klaster`;
  const asOfText = toIsoDate(asOf.date);
  const rows = onlyIncomplete
    ? rollup.rows.filter(
        (row) => row.assignedPercent !== 100 || row.clustersWithoutCoordinator.length || row.pustuBelowMinimum.length,
      )
    : rollup.rows;
  const { totals } = rollup;

  return (
    <div className="flex flex-col gap-4">
      <header className="flex flex-col gap-2">
        <DistrictPageHeading district={district} title={t("staffing.rollup.title", { name: district.name })} />
        <p className="max-w-3xl text-sm text-slate-600">{t("staffing.rollup.intro")}</p>
      </header>
      <form method="get" action={basePath} className="flex flex-wrap items-end gap-2 text-sm">
        <AsOfField
          id="rollup-as-of"
          label={t("dashboard.asOf")}
          value={asOfText}
          max={toIsoDate(todayIn(timeZoneOfRegion(code)))}
        />
        <label className="flex items-center gap-1">
          <input type="checkbox" name="perlu" value="1" defaultChecked={onlyIncomplete} />
          {t("staffing.rollup.filterIncomplete")}
        </label>
        <button type="submit" className="rounded bg-brand-700 px-3 py-1 font-semibold text-white">
          {t("dashboard.show")}
        </button>
        <ExportLinks
          href={`/api/export/kabupaten/${district.code}/dasbor?tabel=klaster&per=${asOfText}`}
          csvLabel={t("list.export")}
          xlsxLabel={t("list.exportXlsx")}
        />
      </form>
      <p role="status" className="text-sm">
        {t("staffing.rollup.summary", {
          withRoster: totals.withRoster,
          puskesmas: totals.puskesmas,
          missing: totals.puskesmas - totals.withRoster,
          assigned: totals.assigned,
          staff: totals.staff,
          clusters: totals.clustersWithoutCoordinator,
          pustu: totals.pustuBelowMinimum,
        })}
      </p>
      {rows.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 p-4 text-sm text-slate-600">{t("list.empty")}</p>
      ) : (
        <RollupTable rows={rows} />
      )}
    </div>
  );
}
