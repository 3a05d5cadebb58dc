import "server-only";
import type { FacilityType, IlpStage, KaderLevel, TargetKind } from "@/lib/generated/prisma/client";
import { canReadDistrict } from "@/lib/auth/scope";
import { NotFoundError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import { adoptionTrend, projectTarget, type Projection, type StageChangePoint, type TrendPoint } from "@/lib/rollout/projection";
import type { DistrictSummary } from "@/lib/rollout/queries";
import { stageOn, STAGES } from "@/lib/rollout/stages";
import { targetProgress, type TargetProgress } from "@/lib/rollout/target-progress";
import { getStaffingRollup, type StaffingRollup } from "@/lib/staffing/rollup";

/** ILP needs at least two health workers at a pustu: a perawat and a bidan. */
export const PUSTU_MIN_STAFF = 2;
const TREND_START = new Date("2024-01-01T00:00:00Z");
const TYPE_OF_TARGET: Partial<Record<TargetKind, FacilityType>> = { PUSKESMAS_MENERAPKAN: "PUSKESMAS", PUSTU_MENERAPKAN: "PUSTU", POSYANDU_MENERAPKAN: "POSYANDU" };

export type DistrictDashboard = {
  asOf: Date;
  funnel: { type: FacilityType; counts: Record<IlpStage, number> }[];
  puskesmasTrend: TrendPoint[];
  targets: { id: string; year: number; kind: TargetKind; deadline: Date; note: string | null; source: string | null; progress: TargetProgress; projection: Projection }[];
  byKecamatan: { code: string; name: string; puskesmas: number; implementing: number; pustu: number; desa: number; desaWithPustu: number }[];
  coverage: {
    desaTotal: number;
    desaWithPustu: number;
    reported: { pustu: number | null; desa: number | null; source: string | null };
    desaWithoutPustu: { code: string; name: string; kecamatan: string }[];
    understaffedPustu: { id: string; name: string; desa: string | null; staff: number; missing: ("PERAWAT" | "BIDAN")[]; isIllustrative: boolean }[];
  };
  posyandu: { total: number; implementing: number; kaderByLevel: Record<KaderLevel, number> };
  activities: { month: string; count: number; participants: number }[];
  /** Cluster assignment per puskesmas (the Dinkes roll-up of the puskesmas heads' boards). */
  staffing: StaffingRollup;
};

const day = (date: Date) => new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));

/**
 * The district dashboard as it stood on `asOf` (facilities by opening and
 * closing dates, stages by their history; staff and kader as they are today),
 * from a handful of queries:
 * facilities, stage history, regions, staff postings, kader, targets,
 * figures and activities, each read once and aggregated here.
 */
export async function getDistrictDashboard(ctx: Ctx, district: DistrictSummary, asOfInput: Date): Promise<DistrictDashboard> {
  if (!canReadDistrict(ctx.scope, district.id)) throw new NotFoundError("district");
  const asOf = day(asOfInput);
  const districtId = district.id;
  const db = ctx.db;

  const facilities = await db.facility.findMany({
    where: { districtId, AND: [{ OR: [{ openedOn: null }, { openedOn: { lte: asOf } }] }, { OR: [{ closedAt: null }, { closedAt: { gt: asOf } }] }] },
    select: { id: true, type: true, name: true, isIllustrative: true, kecamatanId: true, desaId: true, accompaniedSince: true, desa: { select: { name: true } } },
  });
  const changes: StageChangePoint[] = await db.facilityStageChange.findMany({
    where: { districtId, effectiveDate: { lte: asOf } },
    orderBy: [{ effectiveDate: "asc" }, { createdAt: "asc" }],
    select: { facilityId: true, toStage: true, effectiveDate: true },
  });
  const regions = await db.region.findMany({ where: { districtId, level: { in: ["KECAMATAN", "DESA"] } }, select: { id: true, code: true, name: true, level: true, parentId: true } });
  // Staff postings and kader have no history yet: they are shown as they are today.
  const postings = await db.staff.findMany({
    where: { districtId, active: true, pustuId: { not: null } },
    select: { pustuId: true, profession: true },
  });
  const kader = await db.kader.groupBy({ by: ["level"], where: { districtId, active: true }, _count: { _all: true } });
  const targets = await db.rolloutTarget.findMany({ where: { districtId }, orderBy: [{ year: "desc" }, { kind: "asc" }] });
  const figures = await db.reportedFigure.findMany({ where: { districtId, asOf: { lte: asOf } }, orderBy: { asOf: "desc" } });
  const activities = await db.activity.findMany({ where: { districtId, date: { lte: asOf } }, select: { date: true, participantCount: true } });

  const historyOf = new Map<string, StageChangePoint[]>();
  for (const change of changes) historyOf.set(change.facilityId, [...(historyOf.get(change.facilityId) ?? []), change]);
  const stageOf = (id: string) => stageOn(asOf, historyOf.get(id) ?? []);
  const ofType = (type: FacilityType) => facilities.filter((facility) => facility.type === type);

  const funnel = (["PUSKESMAS", "PUSTU", "POSYANDU"] as const).map((type) => {
    const counts = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<IlpStage, number>;
    for (const facility of ofType(type)) counts[stageOf(facility.id)] += 1;
    return { type, counts };
  });
  const trendFor = (type: FacilityType) => adoptionTrend(ofType(type).map((facility) => facility.id), changes, TREND_START, asOf);
  const puskesmasTrend = trendFor("PUSKESMAS");

  const pustu = ofType("PUSTU");
  const desaWithPustu = new Set(pustu.map((unit) => unit.desaId).filter((id): id is string => id !== null));
  const accompaniedDesa = new Set(pustu.filter((unit) => unit.accompaniedSince && unit.accompaniedSince <= asOf).map((unit) => unit.desaId));
  const achievedFor = (kind: TargetKind): number => {
    const type = TYPE_OF_TARGET[kind];
    if (type) return ofType(type).filter((facility) => stageOf(facility.id) === "MENERAPKAN").length;
    return kind === "DESA_PUSTU_DIDAMPINGI" ? accompaniedDesa.size : desaWithPustu.size;
  };

  const kecamatan = regions.filter((region) => region.level === "KECAMATAN");
  const desa = regions.filter((region) => region.level === "DESA");
  const kecamatanName = new Map(kecamatan.map((region) => [region.id, region.name]));

  const staffAt = new Map<string, string[]>();
  for (const posting of postings) staffAt.set(posting.pustuId!, [...(staffAt.get(posting.pustuId!) ?? []), posting.profession]);
  const understaffedPustu = pustu
    .map((unit) => {
      const professions = staffAt.get(unit.id) ?? [];
      const missing = (["PERAWAT", "BIDAN"] as const).filter((profession) => !professions.includes(profession));
      return { id: unit.id, name: unit.name, desa: unit.desa?.name ?? null, staff: professions.length, missing, isIllustrative: unit.isIllustrative };
    })
    .filter((unit) => unit.staff < PUSTU_MIN_STAFF || unit.missing.length > 0)
    .sort((a, b) => a.name.localeCompare(b.name));

  const latestFigure = (metric: string) => figures.find((figure) => figure.metric === metric);
  const activitiesByMonth = new Map<string, { count: number; participants: number }>();
  for (const activity of activities) {
    const month = activity.date.toISOString().slice(0, 7);
    const entry = activitiesByMonth.get(month) ?? { count: 0, participants: 0 };
    activitiesByMonth.set(month, { count: entry.count + 1, participants: entry.participants + (activity.participantCount ?? 0) });
  }
  const kaderByLevel = { PURWA: 0, MADYA: 0, UTAMA: 0 } as Record<KaderLevel, number>;
  for (const group of kader) kaderByLevel[group.level] = group._count._all;

  return {
    asOf,
    funnel,
    puskesmasTrend,
    targets: targets.map((target) => {
      const progress = targetProgress(achievedFor(target.kind), target.targetCount, target.deadline, asOf);
      const type = TYPE_OF_TARGET[target.kind];
      const trend = type ? (type === "PUSKESMAS" ? puskesmasTrend : trendFor(type)) : [{ month: asOf.toISOString().slice(0, 10), implementing: progress.achieved }];
      return { ...target, progress, projection: projectTarget({ trend, target: target.targetCount, deadline: target.deadline, asOf }) };
    }),
    byKecamatan: kecamatan
      .map((region) => {
        const puskesmasHere = ofType("PUSKESMAS").filter((facility) => facility.kecamatanId === region.id);
        const desaHere = desa.filter((village) => village.parentId === region.id);
        return {
          code: region.code,
          name: region.name,
          puskesmas: puskesmasHere.length,
          implementing: puskesmasHere.filter((facility) => stageOf(facility.id) === "MENERAPKAN").length,
          pustu: pustu.filter((unit) => unit.kecamatanId === region.id).length,
          desa: desaHere.length,
          desaWithPustu: desaHere.filter((village) => desaWithPustu.has(village.id)).length,
        };
      })
      .sort((a, b) => a.name.localeCompare(b.name)),
    coverage: {
      desaTotal: desa.length,
      desaWithPustu: desaWithPustu.size,
      reported: { pustu: latestFigure("PUSTU")?.value ?? null, desa: latestFigure("DESA")?.value ?? null, source: latestFigure("PUSTU")?.source ?? null },
      desaWithoutPustu: desa
        .filter((village) => !desaWithPustu.has(village.id))
        .map((village) => ({ code: village.code, name: village.name, kecamatan: kecamatanName.get(village.parentId ?? "") ?? "" }))
        .sort((a, b) => a.code.localeCompare(b.code)),
      understaffedPustu,
    },
    posyandu: {
      total: ofType("POSYANDU").length,
      implementing: ofType("POSYANDU").filter((facility) => stageOf(facility.id) === "MENERAPKAN").length,
      kaderByLevel,
    },
    activities: [...activitiesByMonth].sort(([a], [b]) => a.localeCompare(b)).map(([month, totals]) => ({ month, ...totals })),
    staffing: await getStaffingRollup(ctx, districtId, asOf),
  };
}
