import { getDistrictDashboard } from "@/lib/dashboard/queries";
import { toCsv } from "@/lib/export/csv";
import { routeTranslator } from "@/lib/i18n/translator";
import { getDistrictByCode } from "@/lib/rollout/queries";
import { scopedRoute } from "@/lib/server/route-handler";

/** The district's desa without a pustu, as CSV. */
export const GET = scopedRoute<{ code: string }>(async (ctx, _request, params) => {
  const district = await getDistrictByCode(ctx, decodeURIComponent(params.code));
  const { coverage } = await getDistrictDashboard(ctx, district, new Date());
  const t = await routeTranslator();
  const csv = toCsv(
    [t("dashboard.code"), t("dashboard.desa"), t("dashboard.kecamatan")],
    coverage.desaWithoutPustu.map((desa) => [desa.code, desa.name, desa.kecamatan]),
  );
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="desa-tanpa-pustu-${district.code}.csv"`,
      "cache-control": "no-store",
    },
  });
});
