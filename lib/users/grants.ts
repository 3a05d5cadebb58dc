import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_RANK } from "@/lib/auth/permissions";
import type { Grant, Scope } from "@/lib/auth/scope";

/** Roles a Dinkes admin may hand out: up to planner and puskesmas head, never another admin. */
const DISTRICT_ADMIN_GRANTS: readonly Role[] = ["DINKES_PLANNER", "PUSKESMAS_HEAD", "VIEWER"];

/** The place a role would cover, resolved on the server. */
export type Place = { provinceId: string | null; districtId: string | null; puskesmasId: string | null };

/**
 * Whether the user may give `role` for `place`. Nobody grants a role or a place
 * wider than their own: national admins grant anything; a Dinkes admin grants
 * planner, puskesmas head or viewer inside their own district; nobody else grants.
 */
export function canGrant(scope: Scope, role: Role, place: Place): boolean {
  if (scope.grants.some((grant) => grant.role === "NATIONAL_ADMIN")) return true;
  return scope.grants.some(
    (grant) => grant.role === "DINKES_ADMIN" && grant.districtId !== null && place.districtId === grant.districtId && DISTRICT_ADMIN_GRANTS.includes(role),
  );
}

/**
 * Whether the user may manage another user's account (reset, deactivate, roles):
 * national admins anyone; a Dinkes admin only users all of whose roles lie in
 * their district and sit below Dinkes admin.
 */
export function canManageUser(scope: Scope, targetGrants: Grant[]): boolean {
  if (scope.grants.some((grant) => grant.role === "NATIONAL_ADMIN")) return true;
  if (targetGrants.length === 0) return false;
  return scope.grants.some(
    (admin) =>
      admin.role === "DINKES_ADMIN" &&
      admin.districtId !== null &&
      targetGrants.every((grant) => grant.districtId === admin.districtId && ROLE_RANK[grant.role] > ROLE_RANK.DINKES_ADMIN),
  );
}

/** The shape a role's place must have, mirrored by the database's ck_role_place check. */
export function placeFitsRole(role: Role, place: Place): boolean {
  switch (role) {
    case "NATIONAL_ADMIN":
      return !place.provinceId && !place.districtId && !place.puskesmasId;
    case "PROVINCE_OFFICIAL":
      return Boolean(place.provinceId) && !place.districtId && !place.puskesmasId;
    case "DINKES_ADMIN":
    case "DINKES_PLANNER":
      return Boolean(place.districtId) && !place.puskesmasId;
    case "PUSKESMAS_HEAD":
      return Boolean(place.puskesmasId && place.districtId);
    case "VIEWER":
      return Boolean(place.provinceId || place.districtId);
  }
}

/** Whether the user manages accounts and reads an audit log at all (national or Dinkes admin). */
export function isUserAdministrator(scope: Scope): boolean {
  return scope.grants.some((grant) => grant.role === "NATIONAL_ADMIN" || (grant.role === "DINKES_ADMIN" && grant.districtId !== null));
}
