import { dhis2ExportResponse } from "@/lib/monthly-reports/export-response";
import { scopedRoute } from "@/lib/server/route-handler";

/**
 * A province's approved monthly ILP values of one month (?periode=YYYY-MM) for
 * its DHIS2, as dataValueSets JSON (default) or CSV (?format=csv), streamed:
 * the province's officials and national readers; anyone else "not found".
 */
export const GET = scopedRoute<{ code: string }>(async (ctx, request, params) =>
  dhis2ExportResponse(ctx, request, { provinceCode: decodeURIComponent(params.code) }),
);
