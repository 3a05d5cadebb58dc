import { understaffedPustu } from "@/lib/dashboard/aggregates";
import { getDistrictDashboard } from "@/lib/dashboard/queries";
import { asOfOrToday } from "@/lib/dashboard/schemas";
import { dateCell, exportFormat, percentCell, tableFile } from "@/lib/export/table-file";
import { routeTranslator } from "@/lib/i18n/translator";
import { freshness, staleDaysSetting } from "@/lib/indicators/freshness";
import { getDistrictIndicators } from "@/lib/indicators/queries";
import { getDistrictByCode } from "@/lib/rollout/queries";
import { STAGES } from "@/lib/rollout/stages";
import { NotFoundError } from "@/lib/server/errors";
import { scopedRoute } from "@/lib/server/route-handler";
import { parseIsoDate, timeZoneOfRegion, toIsoDate } from "@/lib/dates";

const TABLES = ["target", "tahap", "kecamatan", "kegiatan", "tren", "pustu-kurang-tenaga", "klaster"] as const;

/** One of the dashboard's tables (?tabel=…), as of ?per=, as CSV or XLSX. */
export const GET = scopedRoute<{ code: string }>(async (ctx, request, params) => {
  const search = new URL(request.url).searchParams;
  const table = TABLES.find((name) => name === search.get("tabel"));
  if (!table) throw new NotFoundError("table");
  const district = await getDistrictByCode(ctx, decodeURIComponent(params.code));
  const dashboard = await getDistrictDashboard(
    ctx,
    district,
    asOfOrToday(search.get("per") ?? undefined, timeZoneOfRegion(district.code)).date,
  );
  const t = await routeTranslator();
  const name = `${table}-${district.code}-${toIsoDate(dashboard.asOf)}`;
  const format = exportFormat(request);
  switch (table) {
    case "target": {
      // A verdict only on current stage data, as on the page.
      const [indicators] = await getDistrictIndicators(ctx, { districtId: district.id }, dashboard.asOf);
      const stagesUpdated = indicators!.facts.areas.STAGES.lastUpdated;
      const current = freshness(stagesUpdated, dashboard.asOf, staleDaysSetting()).current;
      return tableFile(
        format,
        name,
        [
          t("targetForm.year"),
          t("targetForm.kind"),
          t("targetForm.count"),
          t("dashboard.implementing"),
          "%",
          t("targetForm.deadline"),
          t("dashboard.projectionStatus"),
          t("figures.stagesUpdated"),
        ],
        dashboard.targets.map((target) => [
          target.year,
          t(`targetForm.kinds.${target.kind}`),
          target.progress.target,
          target.progress.achieved,
          percentCell(target.progress.percent / 100),
          dateCell(target.deadline),
          current || target.progress.met ? t(`projection.${target.projection.status}`) : t("figures.unprojectable"),
          dateCell(stagesUpdated ? parseIsoDate(stagesUpdated) : null),
        ]),
      );
    }
    case "tahap":
      return tableFile(
        format,
        name,
        [t("facilityForm.type"), ...STAGES.map((stage) => t(`stage.${stage}`))],
        dashboard.funnel.map((row) => [t(`facilityType.${row.type}`), ...STAGES.map((stage) => row.counts[stage])]),
      );
    case "kecamatan":
      return tableFile(
        format,
        name,
        [
          t("dashboard.code"),
          t("dashboard.kecamatan"),
          t("facilityType.PUSKESMAS"),
          t("dashboard.puskesmasImplementing"),
          t("dashboard.pustu"),
          t("dashboard.desa"),
          t("dashboard.desaWithPustu"),
        ],
        dashboard.byKecamatan.map((row) => [
          row.code,
          row.name,
          row.puskesmas,
          row.implementing,
          row.pustu,
          row.desa,
          row.desaWithPustu,
        ]),
      );
    case "kegiatan":
      return tableFile(
        format,
        name,
        [t("dashboard.month"), t("dashboard.activityCount"), t("dashboard.participants")],
        dashboard.activities.map((row) => [row.month, row.count, row.participants]),
      );
    case "klaster":
      return tableFile(
        format,
        name,
        [
          t("staffing.rollup.puskesmas"),
          t("staffing.rollup.staff"),
          t("staffing.rollup.assigned"),
          "%",
          t("staffing.rollup.noCoordinator"),
          t("staffing.rollup.pustuBelow"),
        ],
        dashboard.staffing.rows.map((row) => [
          row.name,
          row.staff,
          row.assigned,
          percentCell(row.assignedPercent === null ? null : row.assignedPercent / 100),
          row.clustersWithoutCoordinator.map((cluster) => `K${cluster}`).join(", "),
          row.pustuBelowMinimum.map((pustu) => pustu.name).join("; "),
        ]),
      );
    case "tren":
      return tableFile(
        format,
        name,
        [t("dashboard.month"), t("dashboard.implementing")],
        dashboard.puskesmasTrend.map((point) => [point.month, point.implementing]),
      );
    case "pustu-kurang-tenaga": {
      const rows = await understaffedPustu(ctx, district.id, dashboard.asOf, Number.MAX_SAFE_INTEGER);
      return tableFile(
        format,
        name,
        [
          t("facilityType.PUSTU"),
          t("dashboard.desa"),
          t("dashboard.staffTotal"),
          t("profession.PERAWAT"),
          t("profession.BIDAN"),
        ],
        rows.map((unit) => [
          unit.name,
          unit.desa ?? "",
          unit.staff,
          unit.hasPerawat ? "✓" : "–",
          unit.hasBidan ? "✓" : "–",
        ]),
      );
    }
  }
});
