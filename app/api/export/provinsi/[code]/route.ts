import { comparisonFile } from "@/lib/comparison/export";
import { getProvinceComparison } from "@/lib/comparison/queries";
import { asOfOrToday } from "@/lib/dashboard/schemas";
import { routeTranslator } from "@/lib/i18n/translator";
import { scopedRoute } from "@/lib/server/route-handler";
import { timeZoneOfRegion } from "@/lib/dates";

/** The province comparison table as of ?per=, filtered and sorted as on the page, as CSV or XLSX. */
export const GET = scopedRoute<{ code: string }>(async (ctx, request, params) => {
  const search = new URL(request.url).searchParams;
  const comparison = await getProvinceComparison(
    ctx,
    decodeURIComponent(params.code),
    asOfOrToday(search.get("per") ?? undefined, timeZoneOfRegion(params.code)).date,
  );
  const t = await routeTranslator();
  return comparisonFile(
    request,
    `perbandingan-${comparison.place!.code}-${comparison.asOf}`,
    comparison.rows,
    comparison.total,
    t("comparison.totalProvince"),
    false,
  );
});
