import { getDistrictDashboard } from "@/lib/dashboard/queries";
import { exportFormat, tableFile } from "@/lib/export/table-file";
import { routeTranslator } from "@/lib/i18n/translator";
import { getDistrictByCode } from "@/lib/rollout/queries";
import { scopedRoute } from "@/lib/server/route-handler";

/** The district's desa without a pustu, as CSV or XLSX (?format=xlsx). */
export const GET = scopedRoute<{ code: string }>(async (ctx, request, params) => {
  const district = await getDistrictByCode(ctx, decodeURIComponent(params.code));
  const { coverage } = await getDistrictDashboard(ctx, district, new Date());
  const t = await routeTranslator();
  return tableFile(
    exportFormat(request),
    `desa-tanpa-pustu-${district.code}`,
    [t("dashboard.code"), t("dashboard.desa"), t("dashboard.kecamatan")],
    coverage.desaWithoutPustu.map((desa) => [desa.code, desa.name, desa.kecamatan]),
  );
});
