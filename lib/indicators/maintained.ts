import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Ctx } from "@/lib/server/scoped-db";

// The maintained per-district figures (migration 20261201000000_maintained_figures):
// triggers on Facility and FacilityStageChange keep, in the writing transaction,
// each facility's spans ("open:<type>": open; "ilp:<type>": its counting stage is
// MENERAPKAN) and per district and day the change of each count. A count on a
// date is the sum of the district's deltas up to it, so an as-of view a year back
// reads the same small table as today's, and nothing is replayed.
// tests/integration/maintained-figures.test.ts holds it equal to the raw rows.

export const MAINTAINED_TYPES = ["PUSKESMAS", "PUSTU", "POSYANDU"] as const;
export type MaintainedType = (typeof MAINTAINED_TYPES)[number];
export type MaintainedMetric = `${"open" | "ilp"}:${MaintainedType}`;

export type MaintainedRow = { districtId: string; metric: MaintainedMetric; date: string; n: number };

const inDistricts = (column: string, ids: string[] | null) =>
  ids === null ? Prisma.sql`TRUE` : Prisma.sql`${Prisma.raw(column)} = ANY(${ids}::uuid[])`;

/**
 * Each district's count of each metric on each of its dates (YYYY-MM-DD): districts
 * `ids`, or every district the scope reads when null. Counts of 0 return no row.
 */
export async function queryMaintainedCounts(
  ctx: Ctx,
  ids: string[] | null,
  wanted: readonly { metric: MaintainedMetric; dates: readonly string[] }[],
): Promise<MaintainedRow[]> {
  const sql = maintainedCountsSql(ids, wanted);
  return sql ? ctx.db.$queryRaw<MaintainedRow[]>(sql) : [];
}

/** queryMaintainedCounts' statement (null: nothing to ask), for callers that send it with others. */
export function maintainedCountsSql(
  ids: string[] | null,
  wanted: readonly { metric: MaintainedMetric; dates: readonly string[] }[],
): Prisma.Sql | null {
  const pairs = wanted.flatMap((entry) =>
    entry.dates.map((date) => Prisma.sql`(${entry.metric}::text, ${date}::date)`),
  );
  if (pairs.length === 0) return null;
  // The running sum of each district's deltas per metric, each span of it (day up to the next delta's)
  // meeting the dates inside it: one sort of the deltas, one row per date; no delta is summed per date.
  return Prisma.sql`
    WITH dates (metric, d) AS (SELECT DISTINCT * FROM (VALUES ${Prisma.join(pairs)}) v),
    running AS (
      SELECT x."districtId", x.metric, x.day, sum(x.delta) OVER w AS n, lead(x.day) OVER w AS next
      FROM "DistrictFigureDelta" x
      WHERE ${inDistricts('x."districtId"', ids)} AND x.metric IN (SELECT metric FROM dates)
      WINDOW w AS (PARTITION BY x."districtId", x.metric ORDER BY x.day)
    )
    SELECT r."districtId"::text AS "districtId", dt.metric, to_char(dt.d, 'YYYY-MM-DD') AS date, r.n::int AS n
    FROM running r
    JOIN dates dt ON dt.metric = r.metric AND r.day <= dt.d AND (r.next IS NULL OR r.next > dt.d)
    WHERE r.n <> 0`;
}

export type NotOpenImplementingRow = { districtId: string; type: MaintainedType; date: string; n: number };

/**
 * Of the facilities NOT open on `day` (closed by it, opened after it, or never
 * open), those implementing ILP on each date, per district and type: what the
 * adoption figures (which count the facilities open on the as-of date) take
 * off the maintained "ilp:" counts. Few rows, found through the span indexes.
 */
export async function queryNotOpenImplementing(
  ctx: Ctx,
  ids: string[] | null,
  day: string,
  dates: { type: MaintainedType; dates: readonly string[] }[],
): Promise<NotOpenImplementingRow[]> {
  const sql = notOpenImplementingSql(ids, day, dates);
  return sql ? ctx.db.$queryRaw<NotOpenImplementingRow[]>(sql) : [];
}

/** queryNotOpenImplementing's statement (null: nothing to ask), for callers that send it with others. */
export function notOpenImplementingSql(
  ids: string[] | null,
  day: string,
  dates: { type: MaintainedType; dates: readonly string[] }[],
): Prisma.Sql | null {
  const wanted = dates.filter((entry) => entry.dates.length > 0);
  if (wanted.length === 0) return null;
  const types = wanted.map((entry) => entry.type);
  const pairs = wanted.flatMap((entry) => entry.dates.map((date) => Prisma.sql`(${entry.type}::text, ${date}::date)`));
  return Prisma.sql`
    WITH dates (type, d) AS (VALUES ${Prisma.join(pairs)}),
    shut AS MATERIALIZED (
      SELECT s."districtId", s."facilityId", substr(s.metric, 6) AS type
      FROM "FacilityFigureSpan" s
      WHERE s.metric = ANY(${types.map((type) => `open:${type}`)}::text[]) AND ${inDistricts('s."districtId"', ids)}
        AND (s.until <= ${day}::date OR s."from" > ${day}::date)
    )
    SELECT c."districtId"::text AS "districtId", c.type, to_char(dt.d, 'YYYY-MM-DD') AS date, count(*)::int AS n
    FROM shut c
    JOIN "FacilityFigureSpan" i ON i."districtId" = c."districtId" AND i."facilityId" = c."facilityId" AND i.metric = 'ilp:' || c.type
    JOIN dates dt ON dt.type = c.type AND i."from" <= dt.d AND i.until > dt.d
    GROUP BY 1, 2, 3`;
}
