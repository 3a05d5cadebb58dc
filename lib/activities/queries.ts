import "server-only";
import { z } from "zod";
import type { ActivityType } from "@/lib/generated/prisma/client";
import type { DistrictSummary } from "@/lib/rollout/queries";
import { pageWindow, type Page } from "@/lib/server/pagination";
import type { Ctx } from "@/lib/server/scoped-db";
import { ACTIVITY_TYPES } from "./schemas";

export const ACTIVITY_PAGE_SIZE = 20;
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const ZActivityFilters = z.object({
  type: z.preprocess(first, z.enum(ACTIVITY_TYPES).optional().catch(undefined)),
  year: z.preprocess(first, z.coerce.number().int().min(2000).max(2100).optional().catch(undefined)),
  page: z.preprocess(first, z.coerce.number().int().min(1).catch(1)).default(1),
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
  facilities: string[];
};

/** The district's activities, newest first, with the facilities that took part. */
export async function listActivities(ctx: Ctx, district: DistrictSummary, filters: TActivityFilters): Promise<Page<ActivityRow> & { participants: number }> {
  const where = {
    districtId: district.id,
    ...(filters.type ? { type: filters.type } : {}),
    ...(filters.year ? { date: { gte: new Date(Date.UTC(filters.year, 0, 1)), lt: new Date(Date.UTC(filters.year + 1, 0, 1)) } } : {}),
  };
  const totals = await ctx.db.activity.aggregate({ where, _count: { _all: true }, _sum: { participantCount: true } });
  const { page, pageCount, skip, take } = pageWindow(totals._count._all, filters.page, ACTIVITY_PAGE_SIZE);
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
      facilities: { select: { facility: { select: { name: true } } }, orderBy: { facility: { name: "asc" } } },
    },
  });
  return {
    total: totals._count._all,
    participants: totals._sum.participantCount ?? 0,
    page,
    pageCount,
    rows: rows.map((row) => ({ ...row, facilities: row.facilities.map((link) => link.facility.name) })),
  };
}
