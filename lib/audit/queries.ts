import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, districtsWhere } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/server/errors";
import { pageWindow } from "@/lib/server/pagination";
import type { Ctx } from "@/lib/server/scoped-db";
import type { TAuditFilters } from "./schemas";
import { DEFAULT_TIME_ZONE, timeZoneOfRegion, type IndonesianTimeZone } from "@/lib/dates";
import { startOfLocalDay } from "@/lib/dates/instants";

export const AUDIT_PAGE_SIZE = 50;
/** An export carries at most this many rows; narrow the dates for more. */
export const EXPORT_LIMIT = 50_000;

/** The districts whose log the user may read: a Dinkes admin's own, or all for a national admin. */
function auditScope(ctx: Ctx): Prisma.AuditLogWhereInput {
  if (can(ctx.scope, "audit.read")) return {}; // national admin
  const districtIds = districtsWhere(ctx.scope, "audit.read");
  if (districtIds.length === 0) throw new NotFoundError("audit log");
  return { districtId: { in: districtIds } };
}

/**
 * The zone the log's times are shown and filtered in: a Dinkes admin's district's
 * (WIB, WITA or WIT); WIB for a national admin, whose log spans every zone.
 */
async function auditTimeZone(ctx: Ctx): Promise<IndonesianTimeZone> {
  if (can(ctx.scope, "audit.read")) return DEFAULT_TIME_ZONE;
  const districtId = districtsWhere(ctx.scope, "audit.read")[0];
  const district = districtId
    ? await ctx.db.region.findUnique({ where: { id: districtId }, select: { code: true } })
    : null;
  return timeZoneOfRegion(district?.code);
}

export type AuditRow = {
  id: string;
  at: Date;
  actor: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
  ip: string | null;
};

/** One page of the audit log the user may read, newest first, filtered. */
export async function listAuditLog(
  ctx: Ctx,
  filters: TAuditFilters,
  options: { all?: boolean } = {},
): Promise<{ rows: AuditRow[]; total: number; page: number; pageCount: number; timeZone: IndonesianTimeZone }> {
  const scoped = auditScope(ctx);
  const timeZone = await auditTimeZone(ctx);
  const from = filters.dari ? startOfLocalDay(filters.dari, timeZone) : null;
  const to = filters.sampai ? startOfLocalDay(filters.sampai, timeZone) : null;
  const actorIds = filters.pelaku
    ? (
        await ctx.db.user.findMany({
          where: { username: { contains: filters.pelaku.toLowerCase() } },
          select: { id: true },
        })
      ).map((user) => user.id)
    : undefined;
  const where: Prisma.AuditLogWhereInput = {
    AND: [
      scoped,
      filters.aksi ? { action: { contains: filters.aksi } } : {},
      filters.entitas ? { entity: filters.entitas } : {},
      actorIds ? { actorId: { in: actorIds } } : {},
      from ? { at: { gte: from } } : {},
      to ? { at: { lt: new Date(to.getTime() + 86_400_000) } } : {},
    ],
  };
  const total = await ctx.db.auditLog.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, filters.hal, AUDIT_PAGE_SIZE);
  const rows = await ctx.db.auditLog.findMany({
    where,
    orderBy: { id: "desc" },
    skip: options.all ? 0 : skip,
    take: options.all ? EXPORT_LIMIT : take,
  });
  const actors = await ctx.db.user.findMany({
    where: { id: { in: [...new Set(rows.map((row) => row.actorId).filter((id): id is string => id !== null))] } },
    select: { id: true, username: true },
  });
  const username = new Map(actors.map((actor) => [actor.id, actor.username]));
  return {
    timeZone,
    total,
    page,
    pageCount,
    rows: rows.map((row) => ({
      id: row.id.toString(),
      at: row.at,
      actor: row.actorId ? (username.get(row.actorId) ?? row.actorId) : null,
      action: row.action,
      entity: row.entity,
      entityId: row.entityId,
      before: row.before,
      after: row.after,
      ip: row.ip,
    })),
  };
}
