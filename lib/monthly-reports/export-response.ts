import "server-only";
import { isPeriod } from "@/lib/dates/periods";
import { ValidationError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import { dhis2ExportStream, prepareDhis2Export, type ExportPlace } from "./stream-export";

/**
 * The province or national DHIS2 export's response: the query checked
 * (?periode=YYYY-MM, ?format=json|csv), the place checked in the route's scoped
 * transaction, then the values streamed in batches.
 */
export async function dhis2ExportResponse(ctx: Ctx, request: Request, place: ExportPlace): Promise<Response> {
  const query = new URL(request.url).searchParams;
  const period = query.get("periode") ?? "";
  if (!isPeriod(period)) throw new ValidationError("monthly.errors.period", "periode");
  const asked = query.get("format") ?? "json";
  if (asked !== "json" && asked !== "csv") throw new ValidationError("monthly.errors.format", "format");
  const plan = await prepareDhis2Export(ctx, place, period);
  return new Response(dhis2ExportStream(ctx.scope, plan, asked), {
    headers: {
      "Content-Type": `${asked === "csv" ? "text/csv" : "application/json"}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="${plan.fileName}.${asked}"`,
      "Cache-Control": "no-store",
    },
  });
}
