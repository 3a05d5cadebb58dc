import "server-only";
import { placeOf } from "@/lib/regions/place-name";
import { getDistrictOffice, getPuskesmasHead, type PuskesmasHead } from "@/lib/signers/queries";
import type { ClusterRole, EmploymentStatus, Posting, Prisma, Profession } from "@/lib/generated/prisma/client";
import { pageWindow, type Page } from "@/lib/server/pagination";
import type { Ctx } from "@/lib/server/scoped-db";
import { requireStaff } from "@/lib/auth/guards";
import { inForceOn } from "@/lib/rules/assignment-in-force";
import { pustuOf, staffingPuskesmas, type StaffingPuskesmas } from "./access";
import type { TStaffFilters } from "./schemas";
import { STAFF_EDITABLE } from "./select";
import { timeZoneOfRegion, todayIn } from "@/lib/dates";

export const STAFF_PAGE_SIZE = 25;
const STAFF_SELECT = { ...STAFF_EDITABLE, isIllustrative: true, pustu: { select: { name: true } } } as const;

export type StaffRow = {
  id: string;
  name: string;
  nip: string | null;
  profession: Profession;
  employmentStatus: EmploymentStatus;
  posting: Posting;
  pustuId: string | null;
  pustuSchedule: string | null;
  isIllustrative: boolean;
  active: boolean;
  version: number;
  pustu: { name: string } | null;
};
export type BoardAssignment = {
  staffId: string;
  clusterId: number;
  unitId: number | null;
  role: ClusterRole;
  supporting: boolean;
};
export type Board = {
  puskesmas: StaffingPuskesmas;
  date: Date;
  isToday: boolean;
  /** Today in the district's time zone (WIB, WITA or WIT). */
  today: Date;
  clusters: { id: number; name: string; units: { id: number; name: string }[] }[];
  pustu: { id: string; name: string; isIllustrative: boolean }[];
  staff: StaffRow[];
  assignments: BoardAssignment[];
};

/** The reference clusters with Klaster 5's sub-units (not district data). */
export function listClusters(ctx: Ctx) {
  return ctx.db.cluster.findMany({
    orderBy: { id: "asc" },
    select: { id: true, name: true, units: { orderBy: { id: "asc" }, select: { id: true, name: true } } },
  });
}

/**
 * The board of a puskesmas as it stood on `date` (today when null): the staff
 * then on the roster and the assignments in force that day. Staff records have
 * no history of their own, so a past view shows people created by that date,
 * today's active staff and anyone who then held an assignment.
 */
export async function getBoard(ctx: Ctx, puskesmasId: string, date: Date | null): Promise<Board> {
  const puskesmas = await staffingPuskesmas(ctx, puskesmasId);
  const district = await ctx.db.region.findUniqueOrThrow({
    where: { id: puskesmas.districtId },
    select: { code: true },
  });
  const today = todayIn(timeZoneOfRegion(district.code));
  const day = date && date < today ? date : today;
  const isToday = day.getTime() === today.getTime();
  const where = { districtId: puskesmas.districtId, puskesmasId: puskesmas.id };
  const assignments = await ctx.db.clusterAssignment.findMany({
    where: { districtId: puskesmas.districtId, staff: where, ...inForceOn(day) },
    select: { staffId: true, clusterId: true, clusterUnitId: true, role: true, supporting: true },
  });
  const assigned = [...new Set(assignments.map((row) => row.staffId))];
  const end = new Date(day.getTime() + 86_400_000);
  const staff = await ctx.db.staff.findMany({
    where: {
      ...where,
      OR: isToday ? [{ active: true }] : [{ id: { in: assigned } }, { active: true, createdAt: { lt: end } }],
    },
    orderBy: { name: "asc" },
    select: STAFF_SELECT,
  });
  return {
    puskesmas: { ...puskesmas, mayEdit: puskesmas.mayEdit && isToday },
    date: day,
    isToday,
    today,
    clusters: await listClusters(ctx),
    pustu: await pustuOf(ctx, puskesmas),
    staff,
    assignments: assignments.map((row) => ({
      staffId: row.staffId,
      clusterId: row.clusterId,
      unitId: row.clusterUnitId,
      role: row.role,
      supporting: row.supporting,
    })),
  };
}

function staffWhere(puskesmas: StaffingPuskesmas, filters: TStaffFilters): Prisma.StaffWhereInput {
  return {
    districtId: puskesmas.districtId,
    puskesmasId: puskesmas.id,
    ...(filters.status === "semua" ? {} : { active: filters.status === "aktif" }),
    ...(filters.profesi ? { profession: filters.profesi } : {}),
    ...(filters.cari
      ? {
          OR: [{ name: { contains: filters.cari, mode: "insensitive" as const } }, { nip: { contains: filters.cari } }],
        }
      : {}),
  };
}

const ORDER: Record<TStaffFilters["urut"], Prisma.StaffOrderByWithRelationInput[]> = {
  nama: [{ name: "asc" }],
  profesi: [{ profession: "asc" }, { name: "asc" }],
  penempatan: [{ posting: "asc" }, { name: "asc" }],
};

/** The roster page: filtered, sorted and paginated; `all` returns every matching row (for export). */
export async function listStaff(
  ctx: Ctx,
  puskesmasId: string,
  filters: TStaffFilters,
  options: { all?: boolean } = {},
) {
  const puskesmas = await staffingPuskesmas(ctx, puskesmasId);
  const where = staffWhere(puskesmas, filters);
  const total = await ctx.db.staff.count({ where });
  const window = options.all
    ? { page: 1, pageCount: 1, skip: 0, take: Math.max(total, 1) }
    : pageWindow(total, filters.hal, STAFF_PAGE_SIZE);
  const rows = await ctx.db.staff.findMany({
    where,
    orderBy: ORDER[filters.urut],
    skip: window.skip,
    take: window.take,
    select: STAFF_SELECT,
  });
  const page: Page<StaffRow> = { rows, total, page: window.page, pageCount: window.pageCount };
  return { puskesmas, page, pustu: await pustuOf(ctx, puskesmas) };
}

/** One staff member with the whole history of their cluster assignments. */
export async function getStaffDetail(ctx: Ctx, puskesmasId: string, staffId: string) {
  const puskesmas = await staffingPuskesmas(ctx, puskesmasId);
  await requireStaff(ctx, staffId, undefined, puskesmas.id);
  const staff = await ctx.db.staff.findFirstOrThrow({
    where: { id: staffId, districtId: puskesmas.districtId },
    select: STAFF_SELECT,
  });
  const history = await ctx.db.clusterAssignment.findMany({
    where: { districtId: puskesmas.districtId, staffId: staff.id },
    orderBy: [{ effectiveFrom: "desc" }, { supporting: "asc" }],
    select: {
      id: true,
      role: true,
      supporting: true,
      effectiveFrom: true,
      effectiveTo: true,
      cluster: { select: { name: true } },
      unit: { select: { name: true } },
    },
  });
  return { puskesmas, staff, history, pustu: await pustuOf(ctx, puskesmas) };
}

/**
 * Where and when the struktur organisasi is signed (the district's recorded place, or its name; its local today)
 * and by whom: the head chosen from the puskesmas' own staff (lib/signers), never the login account's name.
 */
export async function structureSigning(
  ctx: Ctx,
  board: Board,
): Promise<{ place: string; date: Date; head: PuskesmasHead | null; storedHeadId: string | null }> {
  const district = await ctx.db.region.findUniqueOrThrow({
    where: { id: board.puskesmas.districtId },
    select: { id: true, name: true },
  });
  const office = await getDistrictOffice(ctx, district.id);
  const { head, storedId } = await getPuskesmasHead(ctx, board.puskesmas.id);
  return { place: office?.place ?? placeOf(district.name), date: board.today, head, storedHeadId: storedId };
}
