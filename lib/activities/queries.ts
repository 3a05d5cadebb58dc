import "server-only";
import { z } from "zod";
import { requireDistrict } from "@/lib/auth/guards";
import { correctionsOf, type CorrectionRow } from "@/lib/corrections/queries";
import { evidenceContent } from "@/lib/facilities/evidence-store";
import type { ActivityAttachmentKind, ActivityStatus, ActivityType } from "@/lib/generated/prisma/client";
import { NotFoundError } from "@/lib/server/errors";
import type { DistrictSummary } from "@/lib/rollout/queries";
import { pageWindow, type Page } from "@/lib/server/pagination";
import type { Ctx } from "@/lib/server/scoped-db";
import { ACTIVITY_STATUSES, ACTIVITY_TYPES } from "./schemas";

export const ACTIVITY_PAGE_SIZE = 20;
const first = (value: unknown) => (Array.isArray(value) ? value[0] : value);

export const ZActivityFilters = z.object({
  jenis: z.preprocess(first, z.enum(ACTIVITY_TYPES).optional().catch(undefined)),
  status: z.preprocess(first, z.enum(ACTIVITY_STATUSES).optional().catch(undefined)),
  tahun: z.preprocess(first, z.coerce.number().int().min(2000).max(2100).optional().catch(undefined)),
  hal: z.preprocess(first, z.coerce.number().int().min(1).catch(1)).default(1),
});
export type TActivityFilters = z.infer<typeof ZActivityFilters>;

export type ActivityRow = {
  id: string;
  type: ActivityType;
  typeNote: string | null;
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
  attachments: { id: string; kind: ActivityAttachmentKind; fileName: string }[];
  /** Corrections and the void, oldest first: the values before each, who, when and why. */
  corrections: CorrectionRow[];
};

/** The list's totals: done activities only (planned and voided ones count nowhere). */
export type ActivityTotals = {
  /** Done, not voided. */
  done: number;
  planned: number;
  /** Participants of the done activities whose count is known. */
  participants: number;
  /** Done activities whose participants are not known ("peserta tidak diketahui"): not counted as 0. */
  participantsUnknown: number;
};

/**
 * The district's activities, newest first, with the facilities that took part, their
 * attachments and corrections; voided ones are listed (marked) but left out of the totals.
 */
export async function listActivities(
  ctx: Ctx,
  district: DistrictSummary,
  filters: TActivityFilters,
): Promise<Page<ActivityRow> & { totals: ActivityTotals }> {
  const where = {
    districtId: district.id,
    ...(filters.jenis ? { type: filters.jenis } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.tahun
      ? { date: { gte: new Date(Date.UTC(filters.tahun, 0, 1)), lt: new Date(Date.UTC(filters.tahun + 1, 0, 1)) } }
      : {}),
  };
  const groups = await ctx.db.activity.groupBy({
    by: ["status"],
    where: { ...where, voidedAt: null },
    _count: { _all: true, participantCount: true },
    _sum: { participantCount: true },
  });
  const done = groups.find((group) => group.status === "DONE");
  const totals: ActivityTotals = {
    done: done?._count._all ?? 0,
    planned: groups.find((group) => group.status === "PLANNED")?._count._all ?? 0,
    participants: done?._sum.participantCount ?? 0,
    participantsUnknown: (done?._count._all ?? 0) - (done?._count.participantCount ?? 0),
  };
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
      typeNote: true,
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
      attachments: { select: { id: true, kind: true, fileName: true }, orderBy: { createdAt: "asc" } },
    },
  });
  const corrections = await correctionsOf(
    ctx,
    "ACTIVITY",
    rows.map((row) => row.id),
  );
  return {
    total: listed,
    totals,
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

/** An activity's attachment the user may read (by its district); otherwise "not found". */
export async function getActivityAttachment(
  ctx: Ctx,
  id: string,
): Promise<{ fileName: string; contentType: string; content: Uint8Array }> {
  if (!z.uuid().safeParse(id).success) throw new NotFoundError("attachment");
  const file = await ctx.db.activityAttachment.findFirst({
    where: { id },
    select: { districtId: true, fileName: true, contentType: true, content: true, storageKey: true },
  });
  if (!file) throw new NotFoundError("attachment");
  await requireDistrict(ctx, { id: file.districtId });
  return { fileName: file.fileName, contentType: file.contentType, content: await evidenceContent(file) };
}
