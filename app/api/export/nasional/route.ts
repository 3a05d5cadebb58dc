import { comparisonFile } from "@/lib/comparison/export";
import { getNationalComparison } from "@/lib/comparison/queries";
import { asOfOrToday } from "@/lib/dashboard/schemas";
import { routeTranslator } from "@/lib/i18n/translator";
import { scopedRoute } from "@/lib/server/route-handler";

/** The national comparison as of ?per=: one row per province, or with ?tingkat=kabupaten every district; CSV or XLSX. */
export const GET = scopedRoute<Record<string, never>>(async (ctx, request) => {
  const search = new URL(request.url).searchParams;
  const comparison = await getNationalComparison(ctx, asOfOrToday(search.get("per") ?? undefined).date);
  const t = await routeTranslator();
  const districts = search.get("tingkat") === "kabupaten";
  return comparisonFile(
    request,
    `perbandingan-nasional${districts ? "-kabupaten" : ""}-${comparison.asOf}`,
    districts ? comparison.districtRows : comparison.rows,
    comparison.total,
    t("comparison.totalNational"),
    districts,
  );
});
