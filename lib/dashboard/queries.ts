import "server-only";
import type { FacilityType, IlpStage, KaderLevel, TargetKind } from "@/lib/generated/prisma/client";
import type { Ctx } from "@/lib/server/scoped-db";
import { monthEnds, projectTarget, TREND_START, type Projection, type TrendPoint } from "@/lib/rollout/projection";
import type { DistrictSummary } from "@/lib/rollout/queries";
import { STAGES } from "@/lib/rollout/stages";
import { targetProgress, type TargetProgress } from "@/lib/rollout/target-progress";
import { cachedPerDistrict, districtVersions } from "@/lib/indicators/cache";
import { queryDistrictAdoption } from "@/lib/indicators/queries";
import {
  desaCoverage,
  desaWithoutPustu,
  puskesmasStageTrend,
  stageCounts,
  understaffedPustu,
  type DesaWithoutPustu,
} from "./aggregates";
import { getStaffingRollup, type StaffingRollup } from "@/lib/staffing/rollup";
import { parseIsoDate, toIsoDate } from "@/lib/dates";
import { PUSTU_REQUIRED } from "@/lib/rules/pustu-staffed";

const TYPE_OF_TARGET: Partial<Record<TargetKind, FacilityType>> = {
  PUSKESMAS_MENERAPKAN: "PUSKESMAS",
  PUSTU_MENERAPKAN: "PUSTU",
  POSYANDU_MENERAPKAN: "POSYANDU",
};

export type DistrictDashboard = {
  asOf: Date;
  funnel: { type: FacilityType; counts: Record<IlpStage, number> }[];
  puskesmasTrend: TrendPoint[];
  /** Open puskesmas by stage at each month end (every stage, so a district all in Persiapan is not a flat zero). */
  stageTrend: { month: string; counts: Record<IlpStage, number> }[];
  targets: {
    id: string;
    year: number;
    kind: TargetKind;
    deadline: Date;
    note: string | null;
    source: string | null;
    progress: TargetProgress;
    projection: Projection;
  }[];
  byKecamatan: {
    code: string;
    name: string;
    puskesmas: number;
    implementing: number;
    pustu: number;
    desa: number;
    desaWithPustu: number;
  }[];
  coverage: {
    desaTotal: number;
    desaWithPustu: number;
    reported: { pustu: number | null; desa: number | null; source: string | null };
    desaWithoutPustuCount: number;
    /** The first LIST_PREVIEW, by code. */
    desaWithoutPustu: DesaWithoutPustu[];
    understaffedPustuCount: number;
    /** The first LIST_PREVIEW, by name. */
    understaffedPustu: {
      id: string;
      name: string;
      desa: string | null;
      staff: number;
      missing: ("PERAWAT" | "BIDAN")[];
      isIllustrative: boolean;
    }[];
  };
  posyandu: { total: number; implementing: number; kaderByLevel: Record<KaderLevel, number> };
  /** Done activities by month; participants sums the known counts, participantsUnknown counts the activities without one. */
  activities: { month: string; count: number; participants: number; participantsUnknown: number }[];
  /** Cluster assignment per puskesmas (the Dinkes roll-up of the puskesmas heads' boards). */
  staffing: StaffingRollup;
};

const day = (date: Date) => parseIsoDate(toIsoDate(date))!;

/** How many rows of the desa-without-pustu and understaffed-pustu lists the page shows; the exports have them all. */
export const LIST_PREVIEW = 25;

/**
 * The district dashboard as it stood on `asOf` (facilities by opening and
 * closing dates, stages by their history; staff and kader as they are today),
 * from a handful of aggregate queries (./aggregates.ts): whatever the district's
 * size, only counts and the first rows of its lists reach Node.
 */
export async function getDistrictDashboard(
  ctx: Ctx,
  district: DistrictSummary,
  asOfInput: Date,
): Promise<DistrictDashboard> {
  const asOf = day(asOfInput);
  // Cached like the comparison figures: keyed by the district's data version, so any write, through any instance, misses.
  const cached = await cachedPerDistrict(
    ctx,
    [district.id],
    `dashboard|${toIsoDate(asOf)}`,
    await districtVersions(ctx, [district.id]),
    async () => new Map([[district.id, await computeDistrictDashboard(ctx, district.id, asOf)]]),
  );
  return cached.get(district.id)!;
}

async function computeDistrictDashboard(ctx: Ctx, districtId: string, asOf: Date): Promise<DistrictDashboard> {
  const db = ctx.db;

  const targets = await db.rolloutTarget.findMany({
    where: { districtId, voidedAt: null },
    orderBy: [{ year: "desc" }, { kind: "asc" }],
  });
  const trendTypes = new Set<FacilityType>([
    "PUSKESMAS",
    ...targets.flatMap((target) => TYPE_OF_TARGET[target.kind] ?? []),
  ]);
  const months = monthEnds(TREND_START, asOf);
  const stages = await stageCounts(ctx, districtId, asOf);
  const stageTrendRows = await puskesmasStageTrend(ctx, districtId, asOf, months);
  const datesOf = (type: FacilityType) => (trendTypes.has(type) ? months : []);
  const implementing = await queryDistrictAdoption(ctx, [districtId], asOf, {
    PUSKESMAS: datesOf("PUSKESMAS"),
    PUSTU: datesOf("PUSTU"),
    POSYANDU: datesOf("POSYANDU"),
  });
  const coverageRows = await desaCoverage(ctx, districtId, asOf);
  const withoutPustu = await desaWithoutPustu(ctx, districtId, asOf, LIST_PREVIEW);
  const understaffed = await understaffedPustu(ctx, districtId, asOf, LIST_PREVIEW);
  const kecamatan = await db.region.findMany({
    where: { districtId, level: "KECAMATAN" },
    select: { id: true, code: true, name: true },
  });
  const kader = await db.kader.groupBy({ by: ["level"], where: { districtId, active: true }, _count: { _all: true } });
  const figures = await db.reportedFigure.findMany({
    where: { districtId, asOf: { lte: asOf } },
    orderBy: { asOf: "desc" },
  });
  const activities = await db.activity.findMany({
    where: { districtId, date: { lte: asOf }, status: "DONE", voidedAt: null },
    select: { date: true, participantCount: true },
  });

  const count = (filter: (row: (typeof stages)[number]) => boolean) =>
    stages.filter(filter).reduce((sum, row) => sum + row.count, 0);
  const funnel = (["PUSKESMAS", "PUSTU", "POSYANDU"] as const).map((type) => ({
    type,
    counts: Object.fromEntries(
      STAGES.map((stage) => [stage, count((row) => row.type === type && row.stage === stage)]),
    ) as Record<IlpStage, number>,
  }));
  const trendFor = (type: FacilityType): TrendPoint[] =>
    months.map((end) => {
      const month = toIsoDate(end);
      return {
        month,
        implementing: implementing.find((row) => row.type === type && row.date === month)?.implementing ?? 0,
      };
    });
  const trends = new Map([...trendTypes].map((type) => [type, trendFor(type)]));
  const puskesmasTrend = trends.get("PUSKESMAS")!;
  const stageTrend = months.map((end) => {
    const month = toIsoDate(end);
    const counts = Object.fromEntries(
      STAGES.map((stage) => [
        stage,
        stageTrendRows.find((row) => row.date === month && row.stage === stage)?.count ?? 0,
      ]),
    ) as Record<IlpStage, number>;
    return { month, counts };
  });
  const desaTotal = coverageRows.reduce((sum, row) => sum + row.desa, 0);
  const desaWithPustu = coverageRows.reduce((sum, row) => sum + row.withPustu, 0);
  const achievedFor = (kind: TargetKind): number => {
    const type = TYPE_OF_TARGET[kind];
    if (type) return count((row) => row.type === type && row.stage === "MENERAPKAN");
    return kind === "DESA_PUSTU_DIDAMPINGI"
      ? coverageRows.reduce((sum, row) => sum + row.accompanied, 0)
      : desaWithPustu;
  };

  const latestFigure = (metric: string) => figures.find((figure) => figure.metric === metric);
  const activitiesByMonth = new Map<string, { count: number; participants: number; participantsUnknown: number }>();
  for (const activity of activities) {
    const month = activity.date.toISOString().slice(0, 7);
    const entry = activitiesByMonth.get(month) ?? { count: 0, participants: 0, participantsUnknown: 0 };
    activitiesByMonth.set(month, {
      count: entry.count + 1,
      participants: entry.participants + (activity.participantCount ?? 0),
      participantsUnknown: entry.participantsUnknown + (activity.participantCount === null ? 1 : 0),
    });
  }
  const kaderByLevel = { PURWA: 0, MADYA: 0, UTAMA: 0 } as Record<KaderLevel, number>;
  for (const group of kader) kaderByLevel[group.level] = group._count._all;

  return {
    asOf,
    funnel,
    puskesmasTrend,
    stageTrend,
    targets: targets.map((target) => {
      const progress = targetProgress(achievedFor(target.kind), target.targetCount, target.deadline, asOf);
      const type = TYPE_OF_TARGET[target.kind];
      const trend = type ? trends.get(type)! : [{ month: toIsoDate(asOf), implementing: progress.achieved }];
      return {
        ...target,
        progress,
        projection: projectTarget({ trend, target: target.targetCount, deadline: target.deadline, asOf }),
      };
    }),
    byKecamatan: kecamatan
      .map((region) => {
        const here = coverageRows.find((row) => row.kecamatanId === region.id);
        return {
          code: region.code,
          name: region.name,
          puskesmas: count((row) => row.type === "PUSKESMAS" && row.kecamatanId === region.id),
          implementing: count(
            (row) => row.type === "PUSKESMAS" && row.kecamatanId === region.id && row.stage === "MENERAPKAN",
          ),
          pustu: count((row) => row.type === "PUSTU" && row.kecamatanId === region.id),
          desa: here?.desa ?? 0,
          desaWithPustu: here?.withPustu ?? 0,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
    coverage: {
      desaTotal,
      desaWithPustu,
      reported: {
        pustu: latestFigure("PUSTU")?.value ?? null,
        desa: latestFigure("DESA")?.value ?? null,
        source: latestFigure("PUSTU")?.source ?? null,
      },
      desaWithoutPustuCount: desaTotal - desaWithPustu,
      desaWithoutPustu: withoutPustu,
      understaffedPustuCount: understaffed[0]?.total ?? 0,
      understaffedPustu: understaffed.map((unit) => ({
        id: unit.id,
        name: unit.name,
        desa: unit.desa,
        staff: unit.staff,
        missing: PUSTU_REQUIRED.filter((profession) => !(profession === "PERAWAT" ? unit.hasPerawat : unit.hasBidan)),
        isIllustrative: unit.isIllustrative,
      })),
    },
    posyandu: {
      total: count((row) => row.type === "POSYANDU"),
      implementing: count((row) => row.type === "POSYANDU" && row.stage === "MENERAPKAN"),
      kaderByLevel,
    },
    activities: [...activitiesByMonth]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([month, totals]) => ({ month, ...totals })),
    staffing: await getStaffingRollup(ctx, districtId, asOf),
  };
}
