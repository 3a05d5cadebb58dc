import { toCsv } from "@/lib/export/csv";
import { routeTranslator } from "@/lib/i18n/translator";
import { getDistrictByCode, listDistrictPuskesmas } from "@/lib/rollout/queries";
import { ZPuskesmasFilters } from "@/lib/rollout/schemas";
import { scopedRoute } from "@/lib/server/route-handler";

/** The district's puskesmas list as CSV, with the same filters and order as the screen. */
export const GET = scopedRoute<{ code: string }>(async (ctx, request, params) => {
  const filters = ZPuskesmasFilters.parse(Object.fromEntries(new URL(request.url).searchParams));
  const district = await getDistrictByCode(ctx, decodeURIComponent(params.code));
  const { rows } = await listDistrictPuskesmas(ctx, district, filters, { all: true });
  const t = await routeTranslator();
  const csv = toCsv(
    ["kode", t("list.name"), t("list.kecamatan"), t("list.stage"), t("list.since"), t("list.placement"), t("list.illustrative")],
    rows.map((row) => [
      row.code,
      row.name,
      row.kecamatan?.name ?? "",
      t(`stage.${row.currentStage}`),
      row.stageSince?.toISOString().slice(0, 10) ?? "",
      row.placementVerified ? "" : (row.placementNote ?? t("list.unverified")),
      row.isIllustrative ? "ya" : "",
    ]),
  );
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="puskesmas-${district.code}.csv"`,
      "cache-control": "no-store",
    },
  });
});
