import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { can, districtsWhere } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/server/errors";
import { pageWindow } from "@/lib/server/pagination";
import type { Ctx } from "@/lib/server/scoped-db";
import { actionKey, SIGN_IN_ENTITY } from "./labels";
import { changesOf, namesFor, objectName, type AuditChange } from "./readable";
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
  /** The actor's name and username; null for the system (seed, migrations) or an actor the reader may not see. */
  actor: string | null;
  /** Whether a person acted (the system otherwise). */
  byPerson: boolean;
  action: string;
  entity: string;
  entityId: string | null;
  /** The object's name (or the record it belongs to), never its id; null when it has none the reader may see. */
  objectName: string | null;
  changes: AuditChange[];
  before: unknown;
  after: unknown;
  ip: string | null;
};

/** How many records an object-name filter may match (per kind); more means "be more specific". */
const OBJECT_MATCHES = 500;

/** The ids of the records whose name contains the text, within the caller's scope. */
async function objectIds(ctx: Ctx, text: string): Promise<string[]> {
  const contains = { contains: text, mode: "insensitive" as const };
  const take = OBJECT_MATCHES;
  const [facilities, staff, activities, kader, users] = await Promise.all([
    ctx.db.facility.findMany({ where: { name: contains }, select: { id: true }, take }),
    ctx.db.staff.findMany({ where: { name: contains }, select: { id: true }, take }),
    ctx.db.activity.findMany({ where: { title: contains }, select: { id: true }, take }),
    ctx.db.kader.findMany({ where: { name: contains }, select: { id: true }, take }),
    ctx.db.user.findMany({ where: { OR: [{ name: contains }, { username: contains }] }, select: { id: true }, take }),
  ]);
  const stageChanges = facilities.length
    ? await ctx.db.facilityStageChange.findMany({
        where: { facilityId: { in: facilities.map((row) => row.id) } },
        select: { id: true },
        take: OBJECT_MATCHES * 4,
      })
    : [];
  const assignments = staff.length
    ? await ctx.db.clusterAssignment.findMany({
        where: { staffId: { in: staff.map((row) => row.id) } },
        select: { id: true },
        take: OBJECT_MATCHES * 4,
      })
    : [];
  return [...facilities, ...staff, ...activities, ...kader, ...users, ...stageChanges, ...assignments].map(
    (row) => row.id,
  );
}

/** One page of the audit log the user may read, newest first, filtered, with names and readable changes. */
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
          where: {
            OR: [
              { username: { contains: filters.pelaku.toLowerCase() } },
              { name: { contains: filters.pelaku, mode: "insensitive" } },
            ],
          },
          select: { id: true },
        })
      ).map((user) => user.id)
    : undefined;
  const objects = filters.objek ? await objectIds(ctx, filters.objek) : undefined;
  const where: Prisma.AuditLogWhereInput = {
    AND: [
      scoped,
      filters.tampil === "masuk" ? { entity: SIGN_IN_ENTITY } : { entity: { not: SIGN_IN_ENTITY } },
      filters.aksi ? (actionKey(filters.aksi) ? { action: filters.aksi } : { action: { contains: filters.aksi } }) : {},
      filters.entitas ? { entity: filters.entitas } : {},
      actorIds ? { actorId: { in: actorIds } } : {},
      filters.objek
        ? {
            OR: [
              { entityId: { in: objects ?? [] } },
              // A deleted record is found by the name its last image kept.
              ...(["name", "title"] as const).flatMap((field) => [
                { before: { path: [field], string_contains: filters.objek! } },
                { after: { path: [field], string_contains: filters.objek! } },
              ]),
            ],
          }
        : {},
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
    select: { id: true, username: true, name: true },
  });
  const actorName = new Map(actors.map((actor) => [actor.id, `${actor.name} (${actor.username})`]));
  const names = await namesFor(ctx, rows);
  return {
    timeZone,
    total,
    page,
    pageCount,
    rows: rows.map((row) => ({
      id: row.id.toString(),
      at: row.at,
      actor: row.actorId ? (actorName.get(row.actorId) ?? null) : null,
      byPerson: row.actorId !== null,
      action: row.action,
      entity: row.entity,
      entityId: row.entityId,
      objectName: objectName(row, names),
      changes: changesOf(row, names),
      before: row.before,
      after: row.after,
      ip: row.ip,
    })),
  };
}
