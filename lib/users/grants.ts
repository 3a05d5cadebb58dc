import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_OPTIONS } from "@/lib/enums";
import { can, districtGrantsWith, districtsWhere, ROLE_PLACE, ROLE_RANK } from "@/lib/auth/permissions";
import type { Grant, Scope } from "@/lib/auth/scope";

/** The place a role would cover, resolved on the server. */
export type Place = { provinceId: string | null; districtId: string | null; puskesmasId: string | null };

/** The user's district-level grants that manage users (Dinkes admins'), by the permission table. */
const districtManagers = (scope: Scope) => districtGrantsWith(scope, "user.manage");

/**
 * Whether the user may give `role` for `place`. Nobody grants a role or a place
 * wider than their own: national user managers grant anything; a district's
 * user manager (Dinkes admin) grants roles ranked below their own inside their
 * district (planner, puskesmas head, viewer); nobody else grants.
 */
export function canGrant(scope: Scope, role: Role, place: Place): boolean {
  if (can(scope, "user.manage")) return true;
  return districtManagers(scope).some(
    (grant) => place.districtId === grant.districtId && ROLE_RANK[role] > ROLE_RANK[grant.role],
  );
}

/**
 * Whether the user may manage another user's account (reset, deactivate, roles):
 * national user managers anyone; a Dinkes admin only users all of whose roles
 * lie in their district and rank below their own.
 */
export function canManageUser(scope: Scope, targetGrants: Grant[]): boolean {
  if (can(scope, "user.manage")) return true;
  if (targetGrants.length === 0) return false;
  return districtManagers(scope).some((admin) =>
    targetGrants.every(
      (grant) => grant.districtId === admin.districtId && ROLE_RANK[grant.role] > ROLE_RANK[admin.role],
    ),
  );
}

/** The shape a role's place must have (ROLE_PLACE), mirrored by the database's ck_role_place check. */
export function placeFitsRole(role: Role, place: Place): boolean {
  switch (ROLE_PLACE[role]) {
    case "national":
      return !place.provinceId && !place.districtId && !place.puskesmasId;
    case "province":
      return Boolean(place.provinceId) && !place.districtId && !place.puskesmasId;
    case "district":
      return Boolean(place.districtId) && !place.puskesmasId;
    case "puskesmas":
      return Boolean(place.puskesmasId && place.districtId);
    case "province-or-district":
      return Boolean(place.provinceId || place.districtId);
  }
}

/** Whether the user manages accounts and reads an audit log at all (national or Dinkes admin). */
export function isUserAdministrator(scope: Scope): boolean {
  return can(scope, "user.manage") || districtsWhere(scope, "user.manage").length > 0;
}

/**
 * The roles the user may grant somewhere, in the picker's order: every role for a
 * national user manager; for a district's user manager, the roles ranked below their
 * own that are held in a district or a puskesmas (never a province or national role).
 */
export function grantableRoles(scope: Scope): Role[] {
  if (can(scope, "user.manage")) return [...ROLE_OPTIONS];
  const managers = districtManagers(scope);
  return ROLE_OPTIONS.filter(
    (role) =>
      ROLE_PLACE[role] !== "national" &&
      ROLE_PLACE[role] !== "province" &&
      managers.some((grant) => ROLE_RANK[role] > ROLE_RANK[grant.role]),
  );
}
