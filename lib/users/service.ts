import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { writeAudit } from "@/lib/audit/write";
import { loadGrants, type StoredGrant } from "@/lib/auth/load-grants";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import { isUniqueViolation } from "@/lib/server/validation";
import type { z } from "zod";
import { canGrant, canManageUser, placeFitsRole, type Place } from "./grants";
import type {
  ZChangeOwnPassword,
  ZCreateUser,
  ZGrantRole,
  ZResetPassword,
  ZRevokeRole,
  ZSetUserActive,
} from "./schemas";

type RolePlaceInput = { role: Role; regionCode?: string; puskesmasId?: string };

/** Resolves the place named in a form on the server; a puskesmas outside the user's sight is "not found". */
async function resolvePlace(ctx: Ctx, input: RolePlaceInput): Promise<Place & { regionId: string | null }> {
  if (input.puskesmasId) {
    const puskesmas = await ctx.db.facility.findFirst({
      where: { id: input.puskesmasId, type: "PUSKESMAS" },
      select: { id: true, districtId: true },
    });
    if (!puskesmas) throw new NotFoundError("puskesmas");
    const district = await ctx.db.region.findUniqueOrThrow({
      where: { id: puskesmas.districtId },
      select: { provinceId: true },
    });
    return {
      regionId: puskesmas.districtId,
      provinceId: district.provinceId,
      districtId: puskesmas.districtId,
      puskesmasId: puskesmas.id,
    };
  }
  if (input.regionCode) {
    const region = await ctx.db.region.findUnique({
      where: { code: input.regionCode },
      select: { id: true, level: true, provinceId: true },
    });
    if (!region) throw new ValidationError("errors.regionUnknown", "regionCode", { code: input.regionCode });
    return region.level === "PROVINSI"
      ? { regionId: region.id, provinceId: region.id, districtId: null, puskesmasId: null }
      : { regionId: region.id, provinceId: region.provinceId, districtId: region.id, puskesmasId: null };
  }
  return { regionId: null, provinceId: null, districtId: null, puskesmasId: null };
}

async function checkedPlace(ctx: Ctx, input: RolePlaceInput) {
  const place = await resolvePlace(ctx, input);
  if (!placeFitsRole(input.role, place)) throw new ValidationError("errors.placeMismatch", "regionCode");
  if (!canGrant(ctx.scope, input.role, place)) throw new ForbiddenError("errors.grantTooWide");
  return place;
}

/** A user the caller may manage, with their grants; anyone else is "not found". */
async function manageableUser(
  ctx: Ctx,
  userId: string,
): Promise<{ id: string; username: string; grants: StoredGrant[] }> {
  const user = await ctx.db.user.findUnique({ where: { id: userId }, select: { id: true, username: true } });
  const grants = user ? await loadGrants(ctx.db, user.id) : [];
  if (!user || !canManageUser(ctx.scope, grants)) throw new NotFoundError("user");
  return { ...user, grants };
}

const auditDistrict = (grants: { districtId: string | null }[]) =>
  grants.find((grant) => grant.districtId)?.districtId ?? null;

export async function createUser(ctx: Ctx, input: z.output<typeof ZCreateUser>): Promise<{ id: string }> {
  const place = await checkedPlace(ctx, input);
  const passwordHash = await hashPassword(input.temporaryPassword);
  try {
    const user = await ctx.db.user.create({
      data: {
        username: input.username,
        name: input.name,
        passwordHash,
        mustChangePassword: true,
        roles: { create: { role: input.role, regionId: place.regionId, puskesmasId: place.puskesmasId } },
      },
      select: { id: true },
    });
    await writeAudit(ctx.db, {
      actorId: ctx.scope.userId,
      districtId: place.districtId,
      action: "user.create",
      entity: "user",
      entityId: user.id,
      after: {
        username: input.username,
        name: input.name,
        role: input.role,
        regionId: place.regionId,
        puskesmasId: place.puskesmasId,
      },
    });
    return user;
  } catch (error) {
    if (isUniqueViolation(error))
      throw new ValidationError("errors.usernameTaken", "username", { username: input.username });
    throw error;
  }
}

export async function grantRole(ctx: Ctx, input: z.output<typeof ZGrantRole>): Promise<{ id: string }> {
  const target = await manageableUser(ctx, input.userId);
  const place = await checkedPlace(ctx, input);
  const existing = await ctx.db.roleAssignment.findFirst({
    where: { userId: target.id, role: input.role, regionId: place.regionId, puskesmasId: place.puskesmasId },
    select: { id: true },
  });
  if (existing) throw new ValidationError("errors.roleExists", "role");
  const created = await ctx.db.roleAssignment.create({
    data: { userId: target.id, role: input.role, regionId: place.regionId, puskesmasId: place.puskesmasId },
    select: { id: true },
  });
  await writeAudit(ctx.db, {
    actorId: ctx.scope.userId,
    districtId: place.districtId,
    action: "user.grant_role",
    entity: "user",
    entityId: target.id,
    after: { role: input.role, regionId: place.regionId, puskesmasId: place.puskesmasId },
  });
  return created;
}

export async function revokeRole(ctx: Ctx, input: z.output<typeof ZRevokeRole>): Promise<void> {
  const assignment = await ctx.db.roleAssignment.findUnique({
    where: { id: input.roleAssignmentId },
    select: { id: true, userId: true },
  });
  if (!assignment) throw new NotFoundError("role");
  const target = await manageableUser(ctx, assignment.userId);
  const grant = target.grants.find((candidate) => candidate.assignmentId === assignment.id)!;
  if (!canGrant(ctx.scope, grant.role, grant)) throw new ForbiddenError("errors.grantTooWide");
  await ctx.db.roleAssignment.delete({ where: { id: assignment.id } });
  // Fewer roles, narrower scope: existing sessions re-read the scope on every request, so nothing else to end.
  await writeAudit(ctx.db, {
    actorId: ctx.scope.userId,
    districtId: grant.districtId,
    action: "user.revoke_role",
    entity: "user",
    entityId: target.id,
    before: {
      role: grant.role,
      districtId: grant.districtId,
      provinceId: grant.provinceId,
      puskesmasId: grant.puskesmasId,
    },
  });
}

export async function resetPassword(ctx: Ctx, input: z.output<typeof ZResetPassword>): Promise<void> {
  const target = await manageableUser(ctx, input.userId);
  await updateAndAudit(ctx, target, "user.reset_password", {
    passwordHash: await hashPassword(input.temporaryPassword),
    mustChangePassword: true,
    sessionVersion: { increment: 1 },
  });
}

export async function setUserActive(ctx: Ctx, input: z.output<typeof ZSetUserActive>): Promise<void> {
  if (input.userId === ctx.scope.userId) throw new ValidationError("errors.notYourself", "userId");
  const target = await manageableUser(ctx, input.userId);
  await updateAndAudit(ctx, target, input.active ? "user.activate" : "user.deactivate", {
    active: input.active,
    ...(input.active ? {} : { sessionVersion: { increment: 1 } }),
  });
}

/** Changes the caller's own password and ends all their sessions, this one included. */
export async function changeOwnPassword(ctx: Ctx, input: z.output<typeof ZChangeOwnPassword>): Promise<void> {
  const user = await ctx.db.user.findUniqueOrThrow({ where: { id: ctx.scope.userId }, select: { passwordHash: true } });
  if (!(await verifyPassword(user.passwordHash, input.currentPassword)))
    throw new ValidationError("errors.currentPasswordWrong", "currentPassword");
  await updateAndAudit(ctx, self(ctx), "user.change_password", {
    passwordHash: await hashPassword(input.newPassword),
    mustChangePassword: false,
    sessionVersion: { increment: 1 },
  });
}

/** Ends every session of the caller, on every device. */
export async function signOutEverywhere(ctx: Ctx): Promise<void> {
  await updateAndAudit(ctx, self(ctx), "auth.sign_out_everywhere", { sessionVersion: { increment: 1 } }, "auth");
}

const self = (ctx: Ctx) => ({ id: ctx.scope.userId, grants: ctx.scope.grants });

/** Updates one user and audits it as `action`, under the first district the user holds a role in. */
async function updateAndAudit(
  ctx: Ctx,
  user: { id: string; grants: { districtId: string | null }[] },
  action: string,
  data: Prisma.UserUpdateInput,
  entity: "user" | "auth" = "user",
): Promise<void> {
  await ctx.db.user.update({ where: { id: user.id }, data });
  await writeAudit(ctx.db, {
    actorId: ctx.scope.userId,
    districtId: auditDistrict(user.grants),
    action,
    entity,
    entityId: user.id,
  });
}
