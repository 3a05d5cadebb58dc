import { desaWithoutPustu } from "@/lib/dashboard/aggregates";
import { asOfOrToday } from "@/lib/dashboard/schemas";
import { exportFormat, tableFile } from "@/lib/export/table-file";
import { routeTranslator } from "@/lib/i18n/translator";
import { getDistrictByCode } from "@/lib/rollout/queries";
import { scopedRoute } from "@/lib/server/route-handler";
import { timeZoneOfRegion } from "@/lib/dates";

/** Every desa of the district without a pustu on ?per= (default today), as CSV or XLSX (?format=xlsx). */
export const GET = scopedRoute<{ code: string }>(async (ctx, request, params) => {
  const district = await getDistrictByCode(ctx, decodeURIComponent(params.code));
  const asOf = asOfOrToday(new URL(request.url).searchParams.get("per") ?? undefined, timeZoneOfRegion(district.code)).date;
  const rows = await desaWithoutPustu(ctx, district.id, asOf, Number.MAX_SAFE_INTEGER);
  const t = await routeTranslator();
  return tableFile(
    exportFormat(request),
    `desa-tanpa-pustu-${district.code}`,
    [t("dashboard.code"), t("dashboard.desa"), t("dashboard.kecamatan")],
    rows.map((desa) => [desa.code, desa.name, desa.kecamatan]),
  );
});
