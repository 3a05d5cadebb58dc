import "server-only";
import { requireNational, requireProvince } from "@/lib/auth/guards";
import type { Scope } from "@/lib/auth/scope";
import { DEFAULT_TIME_ZONE, localIsoDate, timeZoneOfRegion } from "@/lib/dates";
import { dhis2Period } from "@/lib/dates/periods";
import { Prisma } from "@/lib/generated/prisma/client";
import { logger } from "@/lib/runtime/logger";
import { withScope, type Ctx } from "@/lib/server/scoped-db";
import { DHIS2_CSV_HEADER, dataValueCsvLine, dataValueObject, puskesmasOrgUnitCode, type Dhis2Value } from "./dhis2";
import { defaultDataSet } from "./queries";

// The province and national DHIS2 exports: every approved value of one month,
// streamed. The values are read in batches of reports, in keyset order
// (district code, puskesmas code, report id), each batch in a transaction of
// its own bound to the caller's scope, and written out as it is read: memory
// holds one batch, whatever the number of rows. A batch is only read when the
// client has taken the previous one (the stream's pull), so a slow download
// does not pile rows up in the server either.

/** Reports per batch (about 8 values each). */
export const EXPORT_BATCH_REPORTS = 1_000;

export type ExportPlace = { provinceCode: string } | "NATIONAL";
export type ExportFormat = "json" | "csv";

type Key = { districtCode: string; puskesmasCode: string; reportId: string };
/** A report without values comes back as one row with a null element (so the batch still counts it). */
type ValueRow = Key & { element: string | null; value: string | null; explanation: string | null };

/** One batch: the approved values of up to `limit` reports after `after`, in export order. */
async function readBatch(
  ctx: Ctx,
  query: { provinceId: string | null; dataSetId: string; period: string },
  after: Key | null,
  limit: number,
): Promise<ValueRow[]> {
  const keyset = after
    ? Prisma.sql`AND (d.code, f.code, r.id) > (${after.districtCode}, ${after.puskesmasCode}, ${after.reportId}::uuid)`
    : Prisma.empty;
  const province = query.provinceId ? Prisma.sql`AND d."parentId" = ${query.provinceId}::uuid` : Prisma.empty;
  // The values are fetched per report through its unique (reportId, elementId, districtId) index: OFFSET 0 keeps the planner from
  // flattening the lateral subquery into a hash join that reads every value of every month (seen at national scale).
  return ctx.db.$queryRaw<ValueRow[]>`
    WITH batch AS MATERIALIZED (
      SELECT r.id, r."districtId" AS district_id, d.code AS district_code, f.code AS puskesmas_code
      FROM "MonthlyReport" r
      JOIN "Facility" f ON f.id = r."puskesmasId" AND f."districtId" = r."districtId"
      JOIN "Region" d ON d.id = r."districtId"
      WHERE r.period = ${query.period} AND r.status = 'APPROVED' AND r."dataSetId" = ${query.dataSetId}::uuid
        ${province} ${keyset}
      ORDER BY d.code, f.code, r.id
      LIMIT ${limit}
    )
    SELECT b.district_code AS "districtCode", b.puskesmas_code AS "puskesmasCode", b.id::text AS "reportId",
      x.element, x.value, x.explanation
    FROM batch b
    LEFT JOIN LATERAL (
      SELECT e.code AS element, v.value, v.explanation, e."sortOrder"
      FROM "ReportValue" v JOIN "DataElement" e ON e.id = v."elementId"
      WHERE v."reportId" = b.id AND v."districtId" = b.district_id
      OFFSET 0
    ) x ON TRUE
    ORDER BY b.district_code, b.puskesmas_code, b.id, x."sortOrder", x.element`;
}

/**
 * Checks the caller may export the place (a province: its officials and
 * national readers; national: national readers; anyone else "not found") and
 * returns what the stream needs. Runs in the route's own scoped transaction.
 */
export async function prepareDhis2Export(ctx: Ctx, place: ExportPlace, period: string) {
  let provinceId: string | null = null;
  let name = "nasional";
  let timeZone = DEFAULT_TIME_ZONE;
  if (place === "NATIONAL") requireNational(ctx);
  else {
    const province = await requireProvince(ctx, place.provinceCode);
    provinceId = province.id;
    name = province.code;
    timeZone = timeZoneOfRegion(province.code);
  }
  const dataSet = await defaultDataSet(ctx);
  return {
    provinceId,
    fileName: `dhis2-${name}-${period}`,
    dataSet: { id: dataSet.id, code: dataSet.code },
    period,
    completeDate: localIsoDate(new Date(), timeZone),
  };
}

/**
 * The export as a byte stream: dataValueSets JSON (the same body as a
 * district's, written piece by piece) or CSV. Each batch is read in its own
 * transaction bound to `scope`, so row-level security still applies.
 */
export function dhis2ExportStream(
  scope: Scope,
  plan: Awaited<ReturnType<typeof prepareDhis2Export>>,
  format: ExportFormat,
  batchReports = EXPORT_BATCH_REPORTS,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const query = { provinceId: plan.provinceId, dataSetId: plan.dataSet.id, period: plan.period };
  const period = dhis2Period(plan.period);
  let after: Key | null = null;
  let first = true;
  let done = false;
  const head =
    format === "csv"
      ? DHIS2_CSV_HEADER
      : `{"dataSet":${JSON.stringify(plan.dataSet.code)},"completeDate":${JSON.stringify(plan.completeDate)},"dataValues":[`;
  const tail = format === "csv" ? "" : "\n]}\n";
  const line = (value: Dhis2Value) => {
    if (format === "csv") return dataValueCsvLine(value);
    const text = `${first ? "\n" : ",\n"}${JSON.stringify(dataValueObject(value))}`;
    first = false;
    return text;
  };
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        controller.enqueue(encoder.encode(head));
      },
      async pull(controller) {
        if (done) return;
        let rows: ValueRow[];
        try {
          rows = await withScope(scope, (ctx) => readBatch(ctx, query, after, batchReports), { timeout: 60_000 });
        } catch (error) {
          // The headers are sent: the download breaks off (the client sees an incomplete file), and the log says why.
          logger().error({ err: error, userId: scope.userId, period: plan.period }, "DHIS2 export stream failed");
          throw error;
        }
        let chunk = "";
        for (const row of rows)
          if (row.element !== null && row.value !== null)
            chunk += line({
              dataElement: row.element,
              period,
              orgUnit: puskesmasOrgUnitCode(row.puskesmasCode),
              value: row.value,
              ...(row.explanation ? { comment: row.explanation } : {}),
            });
        const last = rows.at(-1);
        const reports = new Set(rows.map((row) => row.reportId)).size;
        if (last)
          after = { districtCode: last.districtCode, puskesmasCode: last.puskesmasCode, reportId: last.reportId };
        if (reports < batchReports) {
          done = true;
          chunk += tail;
        }
        if (chunk) controller.enqueue(encoder.encode(chunk));
        if (done) controller.close();
      },
      cancel() {
        done = true;
      },
    },
    // One batch in hand at a time.
    { highWaterMark: 1 },
  );
}
