import { dhis2ExportResponse } from "@/lib/monthly-reports/export-response";
import { scopedRoute } from "@/lib/server/route-handler";

/**
 * Every approved monthly ILP value of one month (?periode=YYYY-MM), nationally,
 * as dataValueSets JSON (default) or CSV (?format=csv), streamed: national
 * readers only; anyone else "not found".
 */
export const GET = scopedRoute<Record<string, never>>(async (ctx, request) =>
  dhis2ExportResponse(ctx, request, "NATIONAL"),
);
