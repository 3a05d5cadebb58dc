import type { Role } from "@/lib/generated/prisma/enums";
import { canReadDistrict, canReadPuskesmas, type Scope } from "./scope";

/**
 * Everything a user can be allowed to do, and who may: the one authorization
 * table. Call sites ask `can(scope, permission, target)`; none lists roles.
 */
export const PERMISSIONS = {
  "district.read": ["NATIONAL_ADMIN", "PROVINCE_OFFICIAL", "DINKES_ADMIN", "DINKES_PLANNER", "VIEWER"],
  "puskesmas.read": ["NATIONAL_ADMIN", "PROVINCE_OFFICIAL", "DINKES_ADMIN", "DINKES_PLANNER", "PUSKESMAS_HEAD", "VIEWER"],
  "facility.write": ["DINKES_PLANNER"],
  "stage.write": ["DINKES_PLANNER", "PUSKESMAS_HEAD"],
  /** A head proposes a stage for their own puskesmas; a planner verifies, returns, corrects or voids. */
  "stage.propose": ["PUSKESMAS_HEAD"],
  "stage.verify": ["DINKES_PLANNER"],
  "target.write": ["DINKES_PLANNER"],
  "activity.write": ["DINKES_PLANNER"],
  "staff.write": ["PUSKESMAS_HEAD"],
  "user.manage": ["NATIONAL_ADMIN", "DINKES_ADMIN"],
  "audit.read": ["NATIONAL_ADMIN", "DINKES_ADMIN"],
  "reference.write": ["NATIONAL_ADMIN"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/** The record an action touches: its district, and for puskesmas-level work the puskesmas. */
export type Target = { districtId?: string; provinceId?: string | null; puskesmasId?: string | null };

/**
 * Whether any of the user's grants allows `permission` on `target`. A grant
 * counts only for its own place: national grants everywhere, province grants
 * for that province's districts, district grants for that district, and
 * puskesmas grants for that puskesmas (its pustu and posyandu pass the parent).
 */
export function can(scope: Scope, permission: Permission, target: Target = {}): boolean {
  const roles: readonly Role[] = PERMISSIONS[permission];
  return scope.grants.some((grant) => {
    if (!roles.includes(grant.role)) return false;
    if (grant.role === "NATIONAL_ADMIN") return true;
    if (grant.puskesmasId) return target.puskesmasId === grant.puskesmasId;
    if (grant.districtId) return target.districtId === grant.districtId;
    if (grant.provinceId) return target.districtId !== undefined && target.provinceId === grant.provinceId;
    return false;
  });
}

/** Reading is wider than any single grant: a planner reads every puskesmas of the district. */
export function canRead(scope: Scope, target: { districtId: string; puskesmasId?: string }): boolean {
  return target.puskesmasId ? canReadPuskesmas(scope, { id: target.puskesmasId, districtId: target.districtId }) : canReadDistrict(scope, target.districtId);
}

/** Role levels, widest first: nobody grants a role above their own. */
export const ROLE_RANK: Record<Role, number> = {
  NATIONAL_ADMIN: 0,
  PROVINCE_OFFICIAL: 1,
  DINKES_ADMIN: 2,
  DINKES_PLANNER: 3,
  PUSKESMAS_HEAD: 4,
  VIEWER: 5,
};
