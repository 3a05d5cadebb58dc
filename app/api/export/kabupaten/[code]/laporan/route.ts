import { getDistrictReport } from "@/lib/dashboard/report";
import { districtReportPdf, reportFileName } from "@/lib/dashboard/report-pdf";
import { routeLocale, routeTranslator } from "@/lib/i18n/translator";
import { scopedRoute } from "@/lib/server/route-handler";

/** The district report as a PDF made by the app (?per=YYYY-MM-DD as of a date), for the Kepala Dinas to sign. */
export const GET = scopedRoute<{ code: string }>(async (ctx, request, params) => {
  const report = await getDistrictReport(
    ctx,
    decodeURIComponent(params.code),
    new URL(request.url).searchParams.get("per") ?? undefined,
  );
  const t = await routeTranslator();
  const pdf = await districtReportPdf(
    report,
    t as unknown as (key: string, values?: Record<string, string | number>) => string,
    await routeLocale(),
  );
  return new Response(new Uint8Array(pdf), {
    headers: {
      "content-type": "application/pdf",
      "content-disposition": `attachment; filename="${reportFileName(report)}"`,
      "cache-control": "no-store",
    },
  });
});
