import "server-only";
import { z } from "zod";
import type { Prisma } from "@/lib/generated/prisma/client";
import { loadGrants, type StoredGrant } from "@/lib/auth/load-grants";
import { can, districtsWhere } from "@/lib/auth/permissions";
import { NotFoundError } from "@/lib/server/errors";
import { pageWindow } from "@/lib/server/pagination";
import type { Ctx } from "@/lib/server/scoped-db";
import type { GrantOptions } from "./components/role-place-fields";
import { canManageUser, grantableRoles } from "./grants";

export const USER_PAGE_SIZE = 25;

/** Which users the caller manages: all (national admin) or those with a role in their district. */
function managedUsers(ctx: Ctx): Prisma.UserWhereInput | null {
  if (can(ctx.scope, "user.manage")) return {}; // national admin
  const districtIds = districtsWhere(ctx.scope, "user.manage");
  return districtIds.length ? { roles: { some: { regionId: { in: districtIds } } } } : null;
}

export function canManageUsers(ctx: Ctx): boolean {
  return managedUsers(ctx) !== null;
}

export type UserRow = {
  id: string;
  username: string;
  name: string;
  active: boolean;
  mustChangePassword: boolean;
  roles: string[];
};

export async function listUsers(
  ctx: Ctx,
  filters: { q: string; page: number },
): Promise<{ rows: UserRow[]; total: number; page: number; pageCount: number }> {
  const scopeWhere = managedUsers(ctx);
  if (!scopeWhere) throw new NotFoundError("users");
  const where: Prisma.UserWhereInput = {
    AND: [
      scopeWhere,
      filters.q
        ? {
            OR: [
              { username: { contains: filters.q.toLowerCase() } },
              { name: { contains: filters.q, mode: "insensitive" } },
            ],
          }
        : {},
    ],
  };
  const total = await ctx.db.user.count({ where });
  const { page, pageCount, skip, take } = pageWindow(total, filters.page, USER_PAGE_SIZE);
  const rows = await ctx.db.user.findMany({
    where,
    orderBy: { username: "asc" },
    skip,
    take,
    select: {
      id: true,
      username: true,
      name: true,
      active: true,
      mustChangePassword: true,
      roles: { select: { role: true } },
    },
  });
  return { total, page, pageCount, rows: rows.map((row) => ({ ...row, roles: row.roles.map((role) => role.role) })) };
}

export type ManagedUser = {
  id: string;
  username: string;
  name: string;
  active: boolean;
  mustChangePassword: boolean;
  grants: (StoredGrant & { placeName: string | null })[];
};

/** A user the caller may manage, with named places; anyone else is "not found". */
export async function getManagedUser(ctx: Ctx, id: string): Promise<ManagedUser> {
  if (!z.uuid().safeParse(id).success) throw new NotFoundError("user");
  const user = await ctx.db.user.findUnique({
    where: { id },
    select: { id: true, username: true, name: true, active: true, mustChangePassword: true },
  });
  const grants = user ? await loadGrants(ctx.db, user.id) : [];
  if (!user || !canManageUser(ctx.scope, grants)) throw new NotFoundError("user");
  const regionIds = grants.flatMap((grant) =>
    [grant.districtId ?? grant.provinceId].filter((value): value is string => Boolean(value)),
  );
  const regions = await ctx.db.region.findMany({ where: { id: { in: regionIds } }, select: { id: true, name: true } });
  const puskesmas = await ctx.db.facility.findMany({
    where: { id: { in: grants.map((grant) => grant.puskesmasId).filter((value): value is string => Boolean(value)) } },
    select: { id: true, name: true },
  });
  const names = new Map([...regions, ...puskesmas].map((place) => [place.id, place.name]));
  return {
    ...user,
    grants: grants.map((grant) => ({
      ...grant,
      placeName: names.get(grant.puskesmasId ?? grant.districtId ?? grant.provinceId ?? "") ?? null,
    })),
  };
}

export type GrantablePlace = { code: string; name: string; level: "PROVINSI" | "KABUPATEN" };

/**
 * The places a user manager may name in a role, by Kemendagri code: every province and
 * district for a national user manager; their own districts for a Dinkes admin.
 */
export async function listGrantableRegions(ctx: Ctx): Promise<GrantablePlace[]> {
  const national = can(ctx.scope, "user.manage");
  const districtIds = national ? [] : districtsWhere(ctx.scope, "user.manage");
  if (!national && districtIds.length === 0) return [];
  const rows = await ctx.db.region.findMany({
    where: national ? { level: { in: ["PROVINSI", "KABUPATEN"] } } : { id: { in: districtIds }, level: "KABUPATEN" },
    orderBy: { code: "asc" },
    select: { code: true, name: true, level: true },
  });
  return rows.filter((row): row is GrantablePlace => row.level === "PROVINSI" || row.level === "KABUPATEN");
}

/**
 * Puskesmas a user manager may name in a role: of the district named by `districtCode`
 * when they may grant there (any district for a national user manager, their own for a
 * Dinkes admin); without a code, a Dinkes admin's own districts' (a national one's list
 * would be every puskesmas of the country, so it waits for a district).
 */
export async function listGrantablePuskesmas(ctx: Ctx, districtCode?: string): Promise<{ id: string; name: string }[]> {
  const national = can(ctx.scope, "user.manage");
  const managed = districtsWhere(ctx.scope, "user.manage");
  const district = districtCode
    ? await ctx.db.region.findFirst({ where: { code: districtCode, level: "KABUPATEN" }, select: { id: true } })
    : null;
  const districtIds = district
    ? national || managed.includes(district.id)
      ? [district.id]
      : []
    : national
      ? []
      : managed;
  if (districtIds.length === 0) return [];
  return ctx.db.facility.findMany({
    where: { type: "PUSKESMAS", districtId: { in: districtIds }, closedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true },
  });
}

/** Everything the role picker offers this admin: roles, places and, for `districtCode`, its puskesmas. */
export async function loadGrantOptions(ctx: Ctx, districtCode: unknown): Promise<GrantOptions> {
  const code = z
    .string()
    .regex(/^\d{2}\.\d{2}$/)
    .safeParse(Array.isArray(districtCode) ? districtCode[0] : districtCode).data;
  const regions = await listGrantableRegions(ctx);
  const district = code && regions.some((region) => region.code === code) ? code : null;
  return {
    roles: grantableRoles(ctx.scope),
    regions,
    districtCode: district,
    puskesmas: await listGrantablePuskesmas(ctx, district ?? undefined),
  };
}
