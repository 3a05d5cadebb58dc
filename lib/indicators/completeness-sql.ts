import "server-only";
import { toIsoDate } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Ctx } from "@/lib/server/scoped-db";
import { openOn } from "@/lib/rollout/sql";
import type { DataArea } from "./definitions";

// Completeness and freshness of each district's data areas: one set-based query
// grouped by district and area, whatever the number of districts.

export type AreaRow = {
  districtId: string;
  area: DataArea;
  rows: number;
  illustrative: number;
  covered: number;
  lastUpdated: string | null;
  declaredAsOf: string | null;
};

const inDistricts = (column: string, ids: string[] | null) =>
  ids === null ? Prisma.sql`TRUE` : Prisma.sql`${Prisma.raw(column)} = ANY(${ids}::uuid[])`;

/**
 * Per district and area on `asOf`: rows entered, how many are illustrative, the
 * latest update (stages and activities: the latest dated entry on or before the
 * date; registers, rosters, kader: the latest write, at most the date), and the
 * planner's declaration of completeness, if one is in force on the date.
 * ROSTERS: rows are active staff, `covered` the puskesmas with at least one.
 */
export async function queryDistrictAreas(ctx: Ctx, ids: string[] | null, asOf: Date): Promise<AreaRow[]> {
  const day = toIsoDate(asOf);
  const capped = (expression: string) =>
    Prisma.raw(`to_char(least((${expression}) AT TIME ZONE 'UTC', '${day}'::date), 'YYYY-MM-DD')`);
  return ctx.db.$queryRaw<AreaRow[]>`
    WITH areas AS (
      SELECT f."districtId", f.type::text AS area, count(*)::int AS rows, (count(*) FILTER (WHERE f."isIllustrative"))::int AS illustrative, 0 AS covered,
        ${capped('max(f."updatedAt")')} AS "lastUpdated"
      FROM "Facility" f WHERE ${inDistricts('f."districtId"', ids)} AND ${openOn("f", day)}
      GROUP BY f."districtId", f.type
      UNION ALL
      SELECT c."districtId", 'STAGES', count(*)::int, (count(*) FILTER (WHERE c."isIllustrative"))::int, 0, to_char(max(c."effectiveDate"), 'YYYY-MM-DD')
      FROM "FacilityStageChange" c WHERE ${inDistricts('c."districtId"', ids)} AND c."effectiveDate" <= ${day}::date
      GROUP BY c."districtId"
      UNION ALL
      SELECT s."districtId", 'ROSTERS', count(*)::int, (count(*) FILTER (WHERE s."isIllustrative"))::int, (count(DISTINCT s."puskesmasId"))::int, ${capped('max(s."updatedAt")')}
      FROM "Staff" s WHERE ${inDistricts('s."districtId"', ids)} AND s.active
      GROUP BY s."districtId"
      UNION ALL
      SELECT k."districtId", 'KADER', count(*)::int, (count(*) FILTER (WHERE k."isIllustrative"))::int, 0, ${capped('max(k."createdAt")')}
      FROM "Kader" k WHERE ${inDistricts('k."districtId"', ids)} AND k.active
      GROUP BY k."districtId"
      UNION ALL
      SELECT a."districtId", 'ACTIVITIES', count(*)::int, 0, 0, to_char(max(a.date), 'YYYY-MM-DD')
      FROM "Activity" a WHERE ${inDistricts('a."districtId"', ids)} AND a.date <= ${day}::date AND a.status = 'DONE' AND a."voidedAt" IS NULL
      GROUP BY a."districtId"
    ), declared AS (
      SELECT d."districtId", d.area::text AS area, to_char(d."completeAsOf", 'YYYY-MM-DD') AS "declaredAsOf"
      FROM "DataCompleteness" d WHERE ${inDistricts('d."districtId"', ids)} AND d."completeAsOf" <= ${day}::date
    )
    SELECT coalesce(a."districtId", d."districtId")::text AS "districtId", coalesce(a.area, d.area) AS area,
      coalesce(a.rows, 0) AS rows, coalesce(a.illustrative, 0) AS illustrative, coalesce(a.covered, 0) AS covered,
      a."lastUpdated", d."declaredAsOf"
    FROM areas a FULL JOIN declared d ON d."districtId" = a."districtId" AND d.area = a.area`;
}

export type ReportedRow = { districtId: string; metric: "PUSTU" | "DESA"; value: number; asOf: string; source: string };

/** Each district's latest reported pustu and desa counts on or before `asOf`. */
export async function queryReportedFigures(ctx: Ctx, ids: string[] | null, asOf: Date): Promise<ReportedRow[]> {
  const day = toIsoDate(asOf);
  return ctx.db.$queryRaw<ReportedRow[]>`
    SELECT DISTINCT ON (r."districtId", r.metric) r."districtId"::text AS "districtId", r.metric::text AS metric, r.value, to_char(r."asOf", 'YYYY-MM-DD') AS "asOf", r.source
    FROM "ReportedFigure" r
    WHERE ${inDistricts('r."districtId"', ids)} AND r.metric IN ('PUSTU', 'DESA') AND r."asOf" <= ${day}::date
    ORDER BY r."districtId", r.metric, r."asOf" DESC`;
}
