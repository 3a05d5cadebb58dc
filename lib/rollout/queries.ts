import "server-only";
import type { IlpStage, Prisma } from "@/lib/generated/prisma/client";
import { canReadDistrict } from "@/lib/auth/scope";
import { countTargetAchieved } from "@/lib/indicators/targets";
import { NotFoundError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import { PAGE_SIZE, type TPuskesmasFilters } from "./schemas";
import { STAGES } from "./stages";
import { targetProgress } from "./target-progress";

export type DistrictSummary = { id: string; code: string; name: string; province: { id: string; code: string; name: string } };

/** A district the user may read, by its Kemendagri code; anything else is "not found". */
export async function getDistrictByCode(ctx: Ctx, code: string): Promise<DistrictSummary> {
  const district = await ctx.db.region.findFirst({
    where: { code, level: "KABUPATEN" },
    select: { id: true, code: true, name: true, provinceId: true, parent: { select: { id: true, code: true, name: true } } },
  });
  if (!district || !district.parent || !canReadDistrict(ctx.scope, district.id)) throw new NotFoundError("district");
  return { id: district.id, code: district.code, name: district.name, province: district.parent };
}

/** The districts the user may read, for navigation. */
export async function listReadableDistricts(ctx: Ctx): Promise<{ code: string; name: string; provinceName: string }[]> {
  const where: Prisma.RegionWhereInput = ctx.scope.national ? { level: "KABUPATEN" } : { level: "KABUPATEN", id: { in: [...ctx.scope.districtIds] } };
  const rows = await ctx.db.region.findMany({
    where,
    orderBy: { code: "asc" },
    select: { code: true, name: true, parent: { select: { name: true } } },
  });
  return rows.map((row) => ({ code: row.code, name: row.name, provinceName: row.parent?.name ?? "" }));
}

const STAGE_ORDER_SQL: Record<"asc" | "desc", Prisma.SortOrder> = { asc: "asc", desc: "desc" };

export type PuskesmasRow = {
  id: string;
  code: string;
  name: string;
  aliases: string[];
  kecamatan: { code: string; name: string } | null;
  currentStage: IlpStage;
  stageSince: Date | null;
  placementVerified: boolean;
  placementNote: string | null;
  isIllustrative: boolean;
};

/** One page of a district's open puskesmas, searched (name or alias), filtered and sorted. */
export async function listDistrictPuskesmas(
  ctx: Ctx,
  district: DistrictSummary,
  filters: TPuskesmasFilters,
  options: { all?: boolean } = {},
): Promise<{ rows: PuskesmasRow[]; total: number; page: number; pageCount: number }> {
  if (!canReadDistrict(ctx.scope, district.id)) throw new NotFoundError("district");
  const where: Prisma.FacilityWhereInput = {
    districtId: district.id,
    type: "PUSKESMAS",
    closedAt: null,
    ...(filters.stage ? { currentStage: filters.stage as IlpStage } : {}),
    ...(filters.kecamatan ? { kecamatan: { code: filters.kecamatan } } : {}),
    ...(filters.q
      ? { OR: [{ searchText: { contains: filters.q.toLowerCase() } }, { code: filters.q }] }
      : {}),
  };
  const direction = STAGE_ORDER_SQL[filters.dir];
  const orderBy: Prisma.FacilityOrderByWithRelationInput[] =
    filters.sort === "stage"
      ? [{ currentStage: direction }, { name: "asc" }]
      : filters.sort === "kecamatan"
        ? [{ kecamatan: { name: direction } }, { name: "asc" }]
        : [{ name: direction }];
  const total = await ctx.db.facility.count({ where });
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(filters.page, pageCount);
  const rows = await ctx.db.facility.findMany({
    where,
    orderBy,
    ...(options.all ? {} : { skip: (page - 1) * PAGE_SIZE, take: PAGE_SIZE }),
    select: {
      id: true,
      code: true,
      name: true,
      aliases: true,
      currentStage: true,
      stageSince: true,
      placementVerified: true,
      placementNote: true,
      isIllustrative: true,
      kecamatan: { select: { code: true, name: true } },
    },
  });
  return { rows, total, page, pageCount };
}

export type DistrictOverview = {
  puskesmasTotal: number;
  stageCounts: Record<IlpStage, number>;
  pustuRecorded: number;
  pustuIllustrative: number;
  desaTotal: number;
  kecamatan: { code: string; name: string }[];
  targets: {
    id: string;
    year: number;
    kind: string;
    deadline: Date;
    note: string | null;
    source: string | null;
    progress: ReturnType<typeof targetProgress>;
  }[];
  figures: { metric: string; value: number; asOf: Date; source: string }[];
  activities: { id: string; type: string; title: string; date: Date; place: string | null; participantCount: number | null; facilityCount: number }[];
};

/** The district's headline numbers: stages, targets with progress on `asOf`, reported figures, activities. */
export async function getDistrictOverview(ctx: Ctx, district: DistrictSummary, asOf: Date): Promise<DistrictOverview> {
  if (!canReadDistrict(ctx.scope, district.id)) throw new NotFoundError("district");
  const client = ctx.db;
  const districtId = district.id;
  // One connection per transaction: queries run one after another, not in parallel.
  const grouped = await client.facility.groupBy({ by: ["currentStage"], where: { districtId, type: "PUSKESMAS", closedAt: null }, _count: { _all: true } });
  const pustuRecorded = await client.facility.count({ where: { districtId, type: "PUSTU", closedAt: null } });
  const pustuIllustrative = await client.facility.count({ where: { districtId, type: "PUSTU", closedAt: null, isIllustrative: true } });
  const desaTotal = await client.region.count({ where: { districtId, level: "DESA" } });
  const kecamatan = await client.region.findMany({ where: { districtId, level: "KECAMATAN" }, orderBy: { name: "asc" }, select: { code: true, name: true } });
  const targets = await client.rolloutTarget.findMany({ where: { districtId }, orderBy: [{ year: "desc" }, { kind: "asc" }] });
  const figures = await client.reportedFigure.findMany({ where: { districtId }, orderBy: { asOf: "desc" }, select: { metric: true, value: true, asOf: true, source: true } });
  const activities = await client.activity.findMany({
    where: { districtId },
    orderBy: { date: "desc" },
    take: 10,
    select: { id: true, type: true, title: true, date: true, place: true, participantCount: true, _count: { select: { facilities: true } } },
  });
  const stageCounts = Object.fromEntries(STAGES.map((stage) => [stage, 0])) as Record<IlpStage, number>;
  for (const group of grouped) stageCounts[group.currentStage] = group._count._all;
  const withProgress: DistrictOverview["targets"] = [];
  for (const target of targets) {
    const achieved = await countTargetAchieved(client, districtId, target.kind, asOf);
    withProgress.push({ ...target, progress: targetProgress(achieved, target.targetCount, target.deadline, asOf) });
  }
  return {
    puskesmasTotal: Object.values(stageCounts).reduce((sum, count) => sum + count, 0),
    stageCounts,
    pustuRecorded,
    pustuIllustrative,
    desaTotal,
    kecamatan,
    targets: withProgress,
    figures,
    activities: activities.map(({ _count, ...activity }) => ({ ...activity, facilityCount: _count.facilities })),
  };
}
