import { dateCell, exportFormat, tableFile } from "@/lib/export/table-file";
import { routeTranslator } from "@/lib/i18n/translator";
import { getDistrictByCode, listDistrictPuskesmas } from "@/lib/rollout/queries";
import { ZPuskesmasFilters } from "@/lib/rollout/schemas";
import { scopedRoute } from "@/lib/server/route-handler";

/** The district's puskesmas list as CSV (?format=csv or csv-id) or XLSX (?format=xlsx), with the same filters and order as the screen. */
export const GET = scopedRoute<{ code: string }>(async (ctx, request, params) => {
  const filters = ZPuskesmasFilters.parse(Object.fromEntries(new URL(request.url).searchParams));
  const district = await getDistrictByCode(ctx, decodeURIComponent(params.code));
  const { rows } = await listDistrictPuskesmas(ctx, district, filters, { all: true });
  const t = await routeTranslator();
  return tableFile(
    exportFormat(request),
    `puskesmas-${district.code}`,
    [
      "kode",
      t("list.name"),
      t("list.kecamatan"),
      t("list.stage"),
      t("list.since"),
      t("list.placement"),
      t("list.illustrative"),
    ],
    rows.map((row) => [
      row.code,
      row.name,
      row.kecamatan?.name ?? "",
      t(`stage.${row.currentStage}`),
      dateCell(row.stageSince),
      row.placementVerified ? "" : (row.placementNote ?? t("list.unverified")),
      row.isIllustrative ? "ya" : "",
    ]),
  );
});
