import "server-only";
import { z } from "zod";
import { correctionsOf, type CorrectionRow } from "@/lib/corrections/queries";
import type { ActivityStatus, ActivityType } from "@/lib/generated/prisma/client";
import type { DistrictSummary } from "@/lib/rollout/queries";
import { pageWindow, type Page } from "@/lib/server/pagination";
import type { Ctx } from "@/lib/server/scoped-db";
import { ACTIVITY_TYPES } from "./schemas";

export const ACTIVITY_PAGE_SIZE = 20;
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const ZActivityFilters = z.object({
  jenis: z.preprocess(first, z.enum(ACTIVITY_TYPES).optional().catch(undefined)),
  tahun: z.preprocess(first, z.coerce.number().int().min(2000).max(2100).optional().catch(undefined)),
  hal: z.preprocess(first, z.coerce.number().int().min(1).catch(1)).default(1),
});
export type TActivityFilters = z.infer<typeof ZActivityFilters>;

export type ActivityRow = {
  id: string;
  type: ActivityType;
  title: string;
  date: Date;
  place: string | null;
  participantCount: number | null;
  note: string | null;
  source: string | null;
  status: ActivityStatus;
  voidedAt: Date | null;
  version: number;
  facilities: string[];
  facilityIds: string[];
  /** Corrections and the void, oldest first: the values before each, who, when and why. */
  corrections: CorrectionRow[];
};

/**
 * The district's activities, newest first, with the facilities that took part and
 * their corrections; voided ones are listed (marked) but left out of the totals.
 */
export async function listActivities(
  ctx: Ctx,
  district: DistrictSummary,
  filters: TActivityFilters,
): Promise<Page<ActivityRow> & { participants: number }> {
  const where = {
    districtId: district.id,
    ...(filters.jenis ? { type: filters.jenis } : {}),
    ...(filters.tahun
      ? { date: { gte: new Date(Date.UTC(filters.tahun, 0, 1)), lt: new Date(Date.UTC(filters.tahun + 1, 0, 1)) } }
      : {}),
  };
  const totals = await ctx.db.activity.aggregate({
    where: { ...where, voidedAt: null },
    _count: { _all: true },
    _sum: { participantCount: true },
  });
  const listed = await ctx.db.activity.count({ where });
  const { page, pageCount, skip, take } = pageWindow(listed, filters.hal, ACTIVITY_PAGE_SIZE);
  const rows = await ctx.db.activity.findMany({
    where,
    orderBy: { date: "desc" },
    skip,
    take,
    select: {
      id: true,
      type: true,
      title: true,
      date: true,
      place: true,
      participantCount: true,
      note: true,
      source: true,
      status: true,
      voidedAt: true,
      version: true,
      facilities: {
        select: { facility: { select: { id: true, name: true } } },
        orderBy: { facility: { name: "asc" } },
      },
    },
  });
  const corrections = await correctionsOf(
    ctx,
    "ACTIVITY",
    rows.map((row) => row.id),
  );
  return {
    total: totals._count._all,
    participants: totals._sum.participantCount ?? 0,
    page,
    pageCount,
    rows: rows.map((row) => ({
      ...row,
      facilities: row.facilities.map((link) => link.facility.name),
      facilityIds: row.facilities.map((link) => link.facility.id),
      corrections: corrections.get(row.id) ?? [],
    })),
  };
}
