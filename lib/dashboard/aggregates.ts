import "server-only";
import {
  Prisma,
  type FacilityType,
  type IlpStage,
  type KaderLevel,
  type TargetKind,
} from "@/lib/generated/prisma/client";
import { jsonRows } from "@/lib/db/together";
import { openOn } from "@/lib/rollout/sql";
import { stageOnSql, stageSpans } from "@/lib/rules/stage-on-date";
import { pustuHasSql, pustuStaffCountSql, pustuStaffedSql, staffAtPustuSql } from "@/lib/rules/pustu-staffed";
import type { Ctx } from "@/lib/server/scoped-db";
import { localIsoDate, toIsoDate } from "@/lib/dates";

// The district dashboard's aggregates, computed in PostgreSQL: whatever the size
// of the district, a few dozen rows reach Node. "Open on a date" is
// lib/rollout/sql.ts's openOn; "the stage on a date" is lib/rules/stage-on-date.ts. The
// adoption trend is the comparisons' query (lib/indicators/queries.ts).

const iso = toIsoDate;

export type StageCountRow = { type: FacilityType; stage: IlpStage; kecamatanId: string | null; count: number };

/**
 * Open facilities on `asOf` by type, stage on that date and kecamatan. From
 * today on, the stage is the facility's currentStage: a change can never be
 * dated in the future, so the cached stage is the history's latest
 * (tests/integration/aggregates-agree.test.ts holds the two together).
 */
export async function stageCounts(ctx: Ctx, districtId: string, asOf: Date): Promise<StageCountRow[]> {
  return ctx.db.$queryRaw<StageCountRow[]>(stageCountsSql(districtId, asOf));
}

function stageCountsSql(districtId: string, asOf: Date): Prisma.Sql {
  const day = iso(asOf);
  if (day >= localIsoDate(new Date(), "Asia/Jayapura")) {
    // no district's today is later than WIT's
    return Prisma.sql`
      SELECT f.type::text AS type, f."currentStage"::text AS stage, f."kecamatanId"::text AS "kecamatanId", count(*)::int AS count
      FROM "Facility" f
      WHERE f."districtId" = ${districtId}::uuid AND ${openOn("f", day)}
      GROUP BY 1, 2, 3`;
  }
  return Prisma.sql`
    SELECT f.type::text AS type, coalesce(s."toStage", 'BELUM')::text AS stage, f."kecamatanId"::text AS "kecamatanId", count(*)::int AS count
    FROM "Facility" f
    LEFT JOIN (${stageOnSql(Prisma.sql`c."districtId" = ${districtId}::uuid`, day)}) s ON s."facilityId" = f.id AND s."districtId" = f."districtId"
    WHERE f."districtId" = ${districtId}::uuid
      AND ${openOn("f", day)}
    GROUP BY 1, 2, 3`;
}

export type DesaCoverageRow = { kecamatanId: string; desa: number; withPustu: number; accompanied: number };

/** Per kecamatan: its desa, those with a pustu open on `asOf`, and those whose pustu was accompanied by then. */
export async function desaCoverage(ctx: Ctx, districtId: string, asOf: Date): Promise<DesaCoverageRow[]> {
  return ctx.db.$queryRaw<DesaCoverageRow[]>(desaCoverageSql(districtId, asOf));
}

function desaCoverageSql(districtId: string, asOf: Date): Prisma.Sql {
  const day = iso(asOf);
  return Prisma.sql`
    WITH pustu AS (
      SELECT f."desaId", bool_or(f."accompaniedSince" <= ${day}::date) AS accompanied
      FROM "Facility" f
      WHERE f."districtId" = ${districtId}::uuid AND f.type = 'PUSTU' AND f."desaId" IS NOT NULL
        AND ${openOn("f", day)}
      GROUP BY f."desaId"
    )
    SELECT d."parentId"::text AS "kecamatanId", count(*)::int AS desa, count(p."desaId")::int AS "withPustu",
           (count(*) FILTER (WHERE p.accompanied))::int AS accompanied
    FROM "Region" d LEFT JOIN pustu p ON p."desaId" = d.id
    WHERE d."districtId" = ${districtId}::uuid AND d.level = 'DESA'
    GROUP BY 1`;
}

export type DesaWithoutPustu = { code: string; name: string; kecamatan: string };

/** The desa with no pustu open on `asOf`, by code; at most `limit`. */
export async function desaWithoutPustu(
  ctx: Ctx,
  districtId: string,
  asOf: Date,
  limit: number,
): Promise<DesaWithoutPustu[]> {
  return ctx.db.$queryRaw<DesaWithoutPustu[]>(desaWithoutPustuSql(districtId, asOf, limit));
}

function desaWithoutPustuSql(districtId: string, asOf: Date, limit: number): Prisma.Sql {
  const day = iso(asOf);
  return Prisma.sql`
    SELECT d.code, d.name, k.name AS kecamatan
    FROM "Region" d JOIN "Region" k ON k.id = d."parentId"
    WHERE d."districtId" = ${districtId}::uuid AND d.level = 'DESA'
      AND NOT EXISTS (
        SELECT 1 FROM "Facility" f
        WHERE f."districtId" = d."districtId" AND f."desaId" = d.id AND f.type = 'PUSTU'
          AND ${openOn("f", day)})
    ORDER BY d.code
    LIMIT ${limit}`;
}

export type UnderstaffedPustuRow = {
  id: string;
  name: string;
  desa: string | null;
  isIllustrative: boolean;
  staff: number;
  hasPerawat: boolean;
  hasBidan: boolean;
  total: number;
};

/**
 * Pustu open on `asOf` not staffed (lib/rules/pustu-staffed.ts: too few active
 * staff posted, or no perawat or no bidan among them; postings as they are today),
 * by name; at most `limit`, each row also carrying how many there are in all.
 */
export async function understaffedPustu(
  ctx: Ctx,
  districtId: string,
  asOf: Date,
  limit: number,
): Promise<UnderstaffedPustuRow[]> {
  return ctx.db.$queryRaw<UnderstaffedPustuRow[]>(understaffedPustuSql(districtId, asOf, limit));
}

function understaffedPustuSql(districtId: string, asOf: Date, limit: number): Prisma.Sql {
  const day = iso(asOf);
  return Prisma.sql`
    WITH staffing AS (
      SELECT p.id, p.name, p."isIllustrative", p."desaId", ${Prisma.raw(pustuStaffCountSql("s"))}::int AS staff,
             ${Prisma.raw(pustuHasSql("s", "PERAWAT"))} AS "hasPerawat", ${Prisma.raw(pustuHasSql("s", "BIDAN"))} AS "hasBidan",
             ${Prisma.raw(pustuStaffedSql("s"))} AS staffed
      FROM "Facility" p
      LEFT JOIN "Staff" s ON ${Prisma.raw(staffAtPustuSql("s", "p"))}
      WHERE p."districtId" = ${districtId}::uuid AND p.type = 'PUSTU'
        AND ${openOn("p", day)}
      GROUP BY p.id
    )
    SELECT s.id::text AS id, s.name, d.name AS desa, s."isIllustrative", s.staff, s."hasPerawat", s."hasBidan", (count(*) OVER ())::int AS total
    FROM staffing s LEFT JOIN "Region" d ON d.id = s."desaId"
    WHERE NOT s.staffed
    ORDER BY s.name
    LIMIT ${limit}`;
}

export type StageTrendRow = { date: string; stage: IlpStage; count: number };

/**
 * The puskesmas open on `asOf` by their stage at each of `dates` (month ends):
 * the span of lib/rules/stage-on-date.ts holding on that date, BELUM before the
 * first change. MENERAPKAN agrees with the adoption trend (same facilities, same spans).
 */
export async function puskesmasStageTrend(
  ctx: Ctx,
  districtId: string,
  asOf: Date,
  dates: Date[],
): Promise<StageTrendRow[]> {
  return ctx.db.$queryRaw<StageTrendRow[]>(puskesmasStageTrendSql(districtId, asOf, dates));
}

function puskesmasStageTrendSql(districtId: string, asOf: Date, dates: Date[]): Prisma.Sql {
  const day = iso(asOf);
  return Prisma.sql`
    WITH dates AS (SELECT unnest(${dates.map(iso)}::date[]) AS d),
    puskesmas AS MATERIALIZED (
      SELECT f.id FROM "Facility" f
      WHERE f."districtId" = ${districtId}::uuid AND f.type = 'PUSKESMAS' AND ${openOn("f", day)}
    ),
    -- Only the puskesmas' spans (each facility's spans are its own: the others' would be joined to nothing).
    history AS MATERIALIZED (${stageSpans(Prisma.sql`c."districtId" = ${districtId}::uuid AND c."facilityId" IN (SELECT id FROM puskesmas)`, day)})
    SELECT to_char(dt.d, 'YYYY-MM-DD') AS date, coalesce(h."toStage", 'BELUM')::text AS stage, count(*)::int AS count
    FROM puskesmas p
    CROSS JOIN dates dt
    LEFT JOIN history h ON h."facilityId" = p.id AND h."effectiveDate" <= dt.d AND (h.until IS NULL OR h.until > dt.d)
    GROUP BY 1, 2`;
}

export type DashboardTargetRow = {
  id: string;
  year: number;
  kind: TargetKind;
  targetCount: number;
  deadline: string;
  note: string | null;
  source: string | null;
};

export type DashboardAggregates = {
  targets: DashboardTargetRow[];
  stages: StageCountRow[];
  stageTrend: StageTrendRow[];
  coverage: DesaCoverageRow[];
  withoutPustu: DesaWithoutPustu[];
  understaffed: UnderstaffedPustuRow[];
  kecamatan: { id: string; code: string; name: string }[];
  kader: { level: KaderLevel; count: number }[];
  /** The latest reported figure of each metric on or before the date. */
  figures: { metric: string; value: number; source: string }[];
  /** Done activities by month ("YYYY-MM"), in month order. */
  activities: { month: string; count: number; participants: number; participantsUnknown: number }[];
};

/**
 * Everything of the district dashboard but the adoption trend and the staffing
 * roll-up, in one statement (one round trip): each part is the query of its
 * own function above, as a JSON array.
 */
export async function dashboardAggregates(
  ctx: Ctx,
  districtId: string,
  asOf: Date,
  months: Date[],
  limit: number,
): Promise<DashboardAggregates> {
  const day = iso(asOf);
  const id = Prisma.sql`${districtId}::uuid`;
  const [row] = await ctx.db.$queryRaw<[DashboardAggregates]>`
    SELECT
      (SELECT coalesce(json_agg(json_build_object('id', t.id::text, 'year', t.year, 'kind', t.kind::text, 'targetCount', t."targetCount",
          'deadline', to_char(t.deadline, 'YYYY-MM-DD'), 'note', t.note, 'source', t.source) ORDER BY t.year DESC, t.kind), '[]'::json)
        FROM "RolloutTarget" t WHERE t."districtId" = ${id} AND t."voidedAt" IS NULL) AS targets,
      ${jsonRows(stageCountsSql(districtId, asOf))} AS stages,
      ${jsonRows(puskesmasStageTrendSql(districtId, asOf, months))} AS "stageTrend",
      ${jsonRows(desaCoverageSql(districtId, asOf))} AS coverage,
      ${jsonRows(desaWithoutPustuSql(districtId, asOf, limit), "x.code")} AS "withoutPustu",
      ${jsonRows(understaffedPustuSql(districtId, asOf, limit), "x.name")} AS understaffed,
      ${jsonRows(Prisma.sql`SELECT r.id::text AS id, r.code, r.name FROM "Region" r WHERE r."districtId" = ${id} AND r.level = 'KECAMATAN'`)} AS kecamatan,
      ${jsonRows(Prisma.sql`SELECT k.level::text AS level, count(*)::int AS count FROM "Kader" k WHERE k."districtId" = ${id} AND k.active GROUP BY k.level`)} AS kader,
      ${jsonRows(
        Prisma.sql`SELECT DISTINCT ON (r.metric) r.metric::text AS metric, r.value, r.source FROM "ReportedFigure" r
        WHERE r."districtId" = ${id} AND r."asOf" <= ${day}::date ORDER BY r.metric, r."asOf" DESC`,
      )} AS figures,
      ${jsonRows(
        Prisma.sql`SELECT to_char(a.date, 'YYYY-MM') AS month, count(*)::int AS count,
          coalesce(sum(a."participantCount"), 0)::int AS participants, (count(*) FILTER (WHERE a."participantCount" IS NULL))::int AS "participantsUnknown"
        FROM "Activity" a WHERE a."districtId" = ${id} AND a.date <= ${day}::date AND a.status = 'DONE' AND a."voidedAt" IS NULL
        GROUP BY 1`,
        "x.month",
      )} AS activities`;
  return row;
}
