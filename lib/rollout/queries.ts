import "server-only";
import type { IlpStage, Prisma } from "@/lib/generated/prisma/client";
import { requireDistrict } from "@/lib/auth/guards";
import { pageWindow } from "@/lib/server/pagination";
import type { Ctx } from "@/lib/server/scoped-db";
import { PAGE_SIZE, type TPuskesmasFilters } from "./schemas";

export type DistrictSummary = {
  id: string;
  code: string;
  name: string;
  province: { id: string; code: string; name: string };
};

/** A district the user may read, by its Kemendagri code; anything else is "not found". */
export function getDistrictByCode(ctx: Ctx, code: string): Promise<DistrictSummary> {
  return requireDistrict(ctx, { code });
}

/** The districts the user may read, for navigation. */
export async function listReadableDistricts(ctx: Ctx): Promise<{ code: string; name: string; provinceName: string }[]> {
  const where: Prisma.RegionWhereInput = ctx.scope.national
    ? { level: "KABUPATEN" }
    : { level: "KABUPATEN", id: { in: [...ctx.scope.districtIds] } };
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
  type: "PUSKESMAS" | "PUSTU" | "POSYANDU";
  parent: { name: string } | null;
  version: number;
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

/** One page of a district's open facilities of one type (puskesmas by default), searched (name or alias), filtered and sorted. */
export async function listDistrictPuskesmas(
  ctx: Ctx,
  district: DistrictSummary,
  filters: TPuskesmasFilters,
  options: { all?: boolean } = {},
): Promise<{ rows: PuskesmasRow[]; total: number; page: number; pageCount: number }> {
  const where: Prisma.FacilityWhereInput = {
    districtId: district.id,
    type: filters.jenis,
    closedAt: null,
    ...(filters.tahap ? { currentStage: filters.tahap } : {}),
    ...(filters.kecamatan ? { kecamatan: { code: filters.kecamatan } } : {}),
    ...(filters.cari ? { OR: [{ searchText: { contains: filters.cari.toLowerCase() } }, { code: filters.cari }] } : {}),
  };
  const direction = STAGE_ORDER_SQL[filters.arah];
  const orderBy: Prisma.FacilityOrderByWithRelationInput[] =
    filters.urut === "stage"
      ? [{ currentStage: direction }, { name: "asc" }]
      : filters.urut === "kecamatan"
        ? [{ kecamatan: { name: direction } }, { name: "asc" }]
        : [{ name: direction }];
  const total = await ctx.db.facility.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, filters.hal, PAGE_SIZE);
  const rows = await ctx.db.facility.findMany({
    where,
    orderBy,
    ...(options.all ? {} : { skip, take }),
    select: {
      id: true,
      type: true,
      parent: { select: { name: true } },
      version: true,
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

/** The district's kecamatan, for filters and forms. */
export async function listKecamatan(ctx: Ctx, district: DistrictSummary): Promise<{ code: string; name: string }[]> {
  return ctx.db.region.findMany({
    where: { districtId: district.id, level: "KECAMATAN" },
    orderBy: { name: "asc" },
    select: { code: true, name: true },
  });
}

/** Open puskesmas and pustu of the district: the parents a new pustu or posyandu may have. */
export async function listParentOptions(
  ctx: Ctx,
  district: DistrictSummary,
): Promise<{ id: string; name: string; type: string }[]> {
  return ctx.db.facility.findMany({
    where: { districtId: district.id, type: { in: ["PUSKESMAS", "PUSTU"] }, closedAt: null },
    orderBy: [{ type: "asc" }, { name: "asc" }],
    select: { id: true, name: true, type: true },
  });
}
