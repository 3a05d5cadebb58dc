import { isPeriod } from "@/lib/dates/periods";
import { dataValueSetCsv, dataValueSetJson, metadataJson } from "@/lib/monthly-reports/dhis2";
import { approvedDhis2Values, dhis2MetadataInput } from "@/lib/monthly-reports/export";
import { scopedRoute } from "@/lib/server/route-handler";
import { ValidationError } from "@/lib/server/errors";

/** DHIS2 requires an opening date; ours are unknown, so one before any report is given (a province may edit it). */
const ORG_UNIT_OPENING_DATE = "2000-01-01";

const download = (body: string, type: string, name: string) =>
  new Response(body, {
    headers: {
      "Content-Type": `${type}; charset=utf-8`,
      "Content-Disposition": `attachment; filename="${name}"`,
      "Cache-Control": "no-store",
    },
  });

/**
 * A district's monthly ILP figures for a province's DHIS2: the APPROVED values
 * of one month (?periode=YYYY-MM) as dataValueSets JSON (default) or CSV
 * (?format=csv), or the metadata (?isi=metadata: org units, data elements, data set).
 */
export const GET = scopedRoute<{ code: string }>(async (ctx, request, params) => {
  const query = new URL(request.url).searchParams;
  const code = decodeURIComponent(params.code);
  if (query.get("isi") === "metadata") {
    const input = await dhis2MetadataInput(ctx, code);
    const body = metadataJson({ ...input, openingDate: ORG_UNIT_OPENING_DATE });
    return download(JSON.stringify(body, null, 2), "application/json", `dhis2-metadata-${input.district.code}.json`);
  }
  const period = query.get("periode") ?? "";
  if (!isPeriod(period)) throw new ValidationError("monthly.errors.period", "periode");
  const { district, dataSet, values, today } = await approvedDhis2Values(ctx, code, period);
  const name = `dhis2-${district.code}-${period}`;
  if (query.get("format") === "csv") return download(dataValueSetCsv(values), "text/csv", `${name}.csv`);
  return download(
    JSON.stringify(dataValueSetJson(dataSet.code, today, values), null, 2),
    "application/json",
    `${name}.json`,
  );
});
