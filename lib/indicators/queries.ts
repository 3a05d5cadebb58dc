import "server-only";
import { Prisma, type TargetKind } from "@/lib/generated/prisma/client";
import { requireDistrictSelection } from "@/lib/auth/guards";
import type { Ctx } from "@/lib/server/scoped-db";
import { monthEnds, paceStart, projectTarget, TREND_START, type TrendPoint } from "@/lib/rollout/projection";
import { openOn } from "@/lib/rollout/sql";
import { inForceSql } from "@/lib/rules/assignment-in-force";
import { targetProgress } from "@/lib/rollout/target-progress";
import { cachedPerDistrict, districtVersions } from "./cache";
import { queryDistrictAreas, queryReportedFigures, type AreaRow, type ReportedRow } from "./completeness-sql";
import { INDICATOR_LIST, emptyFacts, withFigures, type IndicatorFacts, type Registry } from "./definitions";
import { queryRegistryCounts, registryCounts, type CountRow } from "./count-sql";
import { freshness, staleDaysSetting } from "./freshness";
import { MAINTAINED_TYPES, queryMaintainedCounts, queryNotOpenImplementing, type MaintainedType } from "./maintained";
import { parseIsoDate, toIsoDate } from "@/lib/dates";

// The comparison pages' reads: a handful of set-based aggregates grouped by
// district, whatever the number of districts. No facility row reaches Node.
// Every query filters on the districts asked for; row-level security (the
// transaction's scope) still applies underneath.

/** Which districts: one province's, one district, or every district (national). */
export type DistrictSelection = { provinceId: string } | { districtId: string } | "ALL";

export type DistrictIdentity = {
  id: string;
  code: string;
  name: string;
  province: { id: string; code: string; name: string };
};
export type DistrictIndicators = {
  district: DistrictIdentity;
  /** Some of the district's rows (facilities, stage history, staff, kader) are illustrative, not from a source. */
  isIllustrative: boolean;
  facts: IndicatorFacts;
  /** Puskesmas implementing ILP at each month end up to the date (the last point is the date itself). */
  trend: TrendPoint[];
};

const iso = toIsoDate;
const FACILITY_TARGET: Partial<Record<TargetKind, "PUSKESMAS" | "PUSTU" | "POSYANDU">> = {
  PUSKESMAS_MENERAPKAN: "PUSKESMAS",
  PUSTU_MENERAPKAN: "PUSTU",
  POSYANDU_MENERAPKAN: "POSYANDU",
};

/** The districts selected, with their province (one join; no row-level security on regions). */
export async function queryDistricts(ctx: Ctx, selection: DistrictSelection): Promise<DistrictIdentity[]> {
  const provinceId = selection !== "ALL" && "provinceId" in selection ? selection.provinceId : null;
  const districtId = selection !== "ALL" && "districtId" in selection ? selection.districtId : null;
  const rows = await ctx.db.$queryRaw<
    { id: string; code: string; name: string; provinceId: string; provinceCode: string; provinceName: string }[]
  >`
    SELECT d.id::text AS id, d.code, d.name, p.id::text AS "provinceId", p.code AS "provinceCode", p.name AS "provinceName"
    FROM "Region" d JOIN "Region" p ON p.id = d."parentId"
    WHERE d.level = 'KABUPATEN'
      AND (${provinceId}::uuid IS NULL OR d."parentId" = ${provinceId}::uuid)
      AND (${districtId}::uuid IS NULL OR d.id = ${districtId}::uuid)
    ORDER BY d.code`;
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    name: row.name,
    province: { id: row.provinceId, code: row.provinceCode, name: row.provinceName },
  }));
}

const inDistricts = (column: string, ids: string[] | null) =>
  ids === null ? Prisma.sql`TRUE` : Prisma.sql`${Prisma.raw(column)} = ANY(${ids}::uuid[])`;

type FacilityCountRow = {
  districtId: string;
  puskesmas: number;
  pustu: number;
  posyandu: number;
  desaWithPustu: number;
  desaAccompanied: number;
};

/**
 * Open facilities by type (from the maintained figures, lib/indicators/maintained.ts),
 * desa with a pustu (and with an accompanied pustu): per district, on `asOf`.
 */
export async function queryDistrictFacilityCounts(
  ctx: Ctx,
  ids: string[] | null,
  asOf: Date,
): Promise<FacilityCountRow[]> {
  const day = iso(asOf);
  const open = await queryMaintainedCounts(
    ctx,
    ids,
    MAINTAINED_TYPES.map((type) => ({ metric: `open:${type}` as const, dates: [day] })),
  );
  // Only the (far fewer) pustu need the distinct desa.
  const pustu = await ctx.db.$queryRaw<{ districtId: string; desaWithPustu: number; desaAccompanied: number }[]>`
    SELECT f."districtId"::text AS "districtId",
      (count(DISTINCT f."desaId"))::int AS "desaWithPustu",
      (count(DISTINCT f."desaId") FILTER (WHERE f."accompaniedSince" <= ${day}::date))::int AS "desaAccompanied"
    FROM "Facility" f
    WHERE f.type = 'PUSTU' AND ${inDistricts('f."districtId"', ids)} AND ${openOn("f", day)}
    GROUP BY f."districtId"`;
  const rows = new Map<string, FacilityCountRow>();
  const row = (districtId: string) => {
    let found = rows.get(districtId);
    if (!found) {
      found = { districtId, puskesmas: 0, pustu: 0, posyandu: 0, desaWithPustu: 0, desaAccompanied: 0 };
      rows.set(districtId, found);
    }
    return found;
  };
  for (const count of open) {
    const type = count.metric.slice("open:".length) as MaintainedType;
    row(count.districtId)[type === "PUSKESMAS" ? "puskesmas" : type === "PUSTU" ? "pustu" : "posyandu"] = count.n;
  }
  for (const count of pustu) Object.assign(row(count.districtId), count);
  return [...rows.values()];
}

/** One district's rows of the four aggregate queries: what the figures cache keeps. */
type DistrictRows = {
  facilities: FacilityCountRow | undefined;
  adoption: AdoptionRow[];
  people: PeopleRow | undefined;
  targets: { districtId: string; year: number; kind: TargetKind; targetCount: number; deadline: Date }[];
  areas: AreaRow[];
  reported: ReportedRow[];
  counts: CountRow[];
};

type AdoptionRow = { districtId: string; type: "PUSKESMAS" | "PUSTU" | "POSYANDU"; date: string; implementing: number };

/**
 * Facilities implementing ILP per district and type on each of the given
 * dates, from the stage history exactly as the district dashboard reads it:
 * the facilities open on `asOf`, each in the stage of its latest change on or
 * before the date (ties: the later recorded change). Dates with no
 * implementing facility return no row. Read from the maintained figures: the
 * "ilp:" counts of every facility, less those of the (few) facilities not open on `asOf`.
 */
export async function queryDistrictAdoption(
  ctx: Ctx,
  ids: string[] | null,
  asOf: Date,
  dates: { PUSKESMAS: Date[]; PUSTU: Date[]; POSYANDU: Date[] },
): Promise<AdoptionRow[]> {
  const day = iso(asOf);
  const wanted = MAINTAINED_TYPES.map((type) => ({
    type,
    dates: [...new Set(dates[type].map(iso))].filter((date) => date <= day),
  })).filter((entry) => entry.dates.length > 0);
  const counts = await queryMaintainedCounts(
    ctx,
    ids,
    wanted.map((entry) => ({ metric: `ilp:${entry.type}` as const, dates: entry.dates })),
  );
  const shut = await queryNotOpenImplementing(ctx, ids, day, wanted);
  const rows = new Map<string, AdoptionRow>();
  for (const count of counts) {
    const type = count.metric.slice("ilp:".length) as MaintainedType;
    rows.set(`${count.districtId}|${type}|${count.date}`, {
      districtId: count.districtId,
      type,
      date: count.date,
      implementing: count.n,
    });
  }
  for (const count of shut) {
    const key = `${count.districtId}|${count.type}|${count.date}`;
    const row = rows.get(key);
    if (row) row.implementing -= count.n;
  }
  return [...rows.values()].filter((row) => row.implementing !== 0);
}

type PeopleRow = {
  districtId: string;
  desa: number;
  purwa: number;
  madya: number;
  utama: number;
  staffActive: number;
  staffClustered: number;
  latestActivity: string | null;
  isIllustrative: boolean;
};

/**
 * Per district: desa/kelurahan, active kader by level, active staff and those
 * with a cluster assignment in force on `asOf` (from ≤ date < to), the latest
 * activity on or before `asOf`, and whether any of its rows is illustrative.
 */
export async function queryDistrictPeopleCounts(ctx: Ctx, ids: string[], asOf: Date): Promise<PeopleRow[]> {
  const day = iso(asOf);
  return ctx.db.$queryRaw<PeopleRow[]>`
    WITH district AS (SELECT unnest(${ids}::uuid[]) AS id),
    desa AS (
      SELECT r."districtId", count(*)::int AS n FROM "Region" r
      WHERE r."districtId" = ANY(${ids}::uuid[]) AND r.level = 'DESA' GROUP BY r."districtId"
    ), kader AS (
      SELECT k."districtId",
        (count(*) FILTER (WHERE k.level = 'PURWA'))::int AS purwa,
        (count(*) FILTER (WHERE k.level = 'MADYA'))::int AS madya,
        (count(*) FILTER (WHERE k.level = 'UTAMA'))::int AS utama
      FROM "Kader" k WHERE k."districtId" = ANY(${ids}::uuid[]) AND k.active GROUP BY k."districtId"
    ), assigned AS (
      SELECT DISTINCT a."staffId" FROM "ClusterAssignment" a
      WHERE a."districtId" = ANY(${ids}::uuid[]) AND ${inForceSql("a", day)}
    ), staff AS (
      SELECT s."districtId", count(*)::int AS active, (count(a."staffId"))::int AS clustered
      FROM "Staff" s LEFT JOIN assigned a ON a."staffId" = s.id
      WHERE s."districtId" = ANY(${ids}::uuid[]) AND s.active GROUP BY s."districtId"
    ), activity AS (
      SELECT a."districtId", to_char(max(a.date), 'YYYY-MM-DD') AS latest FROM "Activity" a
      WHERE a."districtId" = ANY(${ids}::uuid[]) AND a.date <= ${day}::date AND a.status = 'DONE' AND a."voidedAt" IS NULL GROUP BY a."districtId"
    )
    SELECT d.id::text AS "districtId",
      coalesce(desa.n, 0) AS desa, coalesce(kader.purwa, 0) AS purwa, coalesce(kader.madya, 0) AS madya, coalesce(kader.utama, 0) AS utama,
      coalesce(staff.active, 0) AS "staffActive", coalesce(staff.clustered, 0) AS "staffClustered", activity.latest AS "latestActivity",
      (EXISTS (SELECT 1 FROM "Facility" f WHERE f."districtId" = d.id AND f."isIllustrative")
        OR EXISTS (SELECT 1 FROM "FacilityStageChange" c WHERE c."districtId" = d.id AND c."isIllustrative")
        OR EXISTS (SELECT 1 FROM "Staff" s WHERE s."districtId" = d.id AND s."isIllustrative")
        OR EXISTS (SELECT 1 FROM "Kader" k WHERE k."districtId" = d.id AND k."isIllustrative")) AS "isIllustrative"
    FROM district d
    LEFT JOIN desa ON desa."districtId" = d.id
    LEFT JOIN kader ON kader."districtId" = d.id
    LEFT JOIN staff ON staff."districtId" = d.id
    LEFT JOIN activity ON activity."districtId" = d.id`;
}

/**
 * Every indicator's facts for the selected districts on `asOf`, with each
 * district's puskesmas adoption trend: a handful of queries whatever the number
 * of districts (the registry's own counts are one of them). Anything outside
 * the scope is "not found". `registry`: the indicators (tests add a throwaway one).
 */
export async function getDistrictIndicators(
  ctx: Ctx,
  selection: DistrictSelection,
  asOfInput: Date,
  registry: Registry = INDICATOR_LIST,
): Promise<DistrictIndicators[]> {
  requireDistrictSelection(ctx, selection);
  const asOf = parseIsoDate(iso(asOfInput))!;
  const districts = await queryDistricts(ctx, selection);
  if (districts.length === 0) return [];
  const ids = districts.map((district) => district.id);
  const trendDates = monthEnds(TREND_START, asOf);
  const paceDates = [...new Set([iso(paceStart(asOf)), iso(trendDates.at(-1)!)])].map((text) => parseIsoDate(text)!);
  const versions = await districtVersions(ctx, ids);
  const counts = registryCounts(registry);
  const countNames = Object.keys(counts).join(",");
  const rowsOf = await cachedPerDistrict(
    ctx,
    ids,
    `comparison|${iso(asOf)}|${countNames}`,
    versions,
    async (missing) => {
      // Every district missing (a cold national view) reads the tables whole, without an id list.
      const filterIds = selection === "ALL" && missing.length === ids.length ? null : missing;
      // Nationally the aggregates sort and hash a few hundred thousand rows: keep them in memory, for this transaction only.
      await ctx.db.$executeRaw`SELECT set_config('work_mem', '64MB', true)`;
      const facilities = await queryDistrictFacilityCounts(ctx, filterIds, asOf);
      const adoption = await queryDistrictAdoption(ctx, filterIds, asOf, {
        PUSKESMAS: trendDates,
        PUSTU: paceDates,
        POSYANDU: paceDates,
      });
      const people = await queryDistrictPeopleCounts(ctx, missing, asOf);
      const targets = await ctx.db.rolloutTarget.findMany({
        where: filterIds === null ? { voidedAt: null } : { districtId: { in: missing }, voidedAt: null },
        select: { districtId: true, year: true, kind: true, targetCount: true, deadline: true },
      });
      const areas = await queryDistrictAreas(ctx, filterIds, asOf);
      const reported = await queryReportedFigures(ctx, filterIds, asOf);
      const countRows = await queryRegistryCounts(ctx, counts, filterIds, asOf);
      const computed = new Map<string, DistrictRows>(
        missing.map((id) => [
          id,
          { facilities: undefined, adoption: [], people: undefined, targets: [], areas: [], reported: [], counts: [] },
        ]),
      );
      for (const row of countRows) computed.get(row.districtId)?.counts.push(row);
      for (const row of areas) computed.get(row.districtId)?.areas.push(row);
      for (const row of reported) computed.get(row.districtId)?.reported.push(row);
      for (const row of facilities) if (computed.has(row.districtId)) computed.get(row.districtId)!.facilities = row;
      for (const row of adoption) computed.get(row.districtId)?.adoption.push(row);
      for (const row of people) if (computed.has(row.districtId)) computed.get(row.districtId)!.people = row;
      for (const target of targets) computed.get(target.districtId)?.targets.push(target);
      return computed;
    },
  );

  const staleDays = staleDaysSetting();
  return districts.map((district) => {
    const rows = rowsOf.get(district.id)!;
    const adoptionOf = new Map(rows.adoption.map((row) => [`${row.type}|${row.date}`, row.implementing]));
    const implementing = (type: string, date: Date) => adoptionOf.get(`${type}|${iso(date)}`) ?? 0;
    const facts = emptyFacts();
    const counted = rows.facilities;
    const person = rows.people;
    const trendOf = (type: string, dates: Date[]): TrendPoint[] =>
      dates.map((date) => ({ month: iso(date), implementing: implementing(type, date) }));
    const trend = trendOf("PUSKESMAS", trendDates);
    const now = (type: string) => implementing(type, asOf);

    facts.puskesmas = { total: counted?.puskesmas ?? 0, implementing: now("PUSKESMAS"), withRoster: 0 };
    facts.pustu = { total: counted?.pustu ?? 0, implementing: now("PUSTU") };
    facts.posyandu = { total: counted?.posyandu ?? 0, implementing: now("POSYANDU") };
    facts.desa = {
      total: person?.desa ?? 0,
      withPustu: counted?.desaWithPustu ?? 0,
      accompanied: counted?.desaAccompanied ?? 0,
    };
    facts.kader = { PURWA: person?.purwa ?? 0, MADYA: person?.madya ?? 0, UTAMA: person?.utama ?? 0 };
    facts.staff = { active: person?.staffActive ?? 0, clustered: person?.staffClustered ?? 0 };
    facts.latestActivity = person?.latestActivity ?? null;
    facts.districts = 1;
    for (const row of rows.areas) {
      const lastUpdated =
        [row.lastUpdated, row.declaredAsOf]
          .filter((date): date is string => date !== null)
          .sort()
          .at(-1) ?? null;
      facts.areas[row.area] = {
        rows: row.rows,
        illustrative: row.illustrative,
        lastUpdated,
        declared: row.declaredAsOf ? 1 : 0,
        declaredAsOf: row.declaredAsOf,
      };
      if (row.area === "ROSTERS") facts.puskesmas.withRoster = row.covered;
    }
    for (const row of rows.counts) facts.counts[row.name] = row.n;
    for (const row of rows.reported) facts.reported[row.metric === "PUSTU" ? "pustu" : "desa"] = row.value;
    // A verdict (off track, deadline missed) only on current stage data; a met target is met whatever its age.
    const stagesCurrent = freshness(facts.areas.STAGES.lastUpdated, asOf, staleDays).current;

    // The targets of the district's latest target year, measured as the district dashboard measures them.
    const own = rows.targets;
    const latestYear = Math.max(...own.map((target) => target.year));
    for (const target of own.filter((candidate) => candidate.year === latestYear)) {
      const type = FACILITY_TARGET[target.kind];
      const achieved = type
        ? now(type)
        : target.kind === "DESA_PUSTU_DIDAMPINGI"
          ? facts.desa.accompanied
          : facts.desa.withPustu;
      const progress = targetProgress(achieved, target.targetCount, target.deadline, asOf);
      const pace =
        type === "PUSKESMAS" ? trend : type ? trendOf(type, paceDates) : [{ month: iso(asOf), implementing: achieved }];
      const projection = projectTarget({ trend: pace, target: target.targetCount, deadline: target.deadline, asOf });
      facts.targets.count += 1;
      facts.targets.met += progress.met ? 1 : 0;
      facts.targets.achieved += Math.min(achieved, target.targetCount);
      facts.targets.target += target.targetCount;
      if (stagesCurrent || projection.status === "MET") facts.targets.status[projection.status] += 1;
    }
    if (facts.targets.count > 0 && !stagesCurrent && facts.targets.met < facts.targets.count)
      facts.targets.unprojectable = 1;
    return { district, isIllustrative: person?.isIllustrative ?? false, facts: withFigures(facts, registry), trend };
  });
}
