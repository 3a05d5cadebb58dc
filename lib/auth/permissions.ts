import type { Role } from "@/lib/generated/prisma/enums";
import type { Scope } from "./scope";

/**
 * Everything a user can be allowed to do, and who may: the one authorization
 * table. Call sites ask `can(scope, permission, target)`; none lists roles.
 */
export const PERMISSIONS = {
  "district.read": ["NATIONAL_ADMIN", "PROVINCE_OFFICIAL", "DINKES_ADMIN", "DINKES_PLANNER", "VIEWER"],
  "puskesmas.read": [
    "NATIONAL_ADMIN",
    "PROVINCE_OFFICIAL",
    "DINKES_ADMIN",
    "DINKES_PLANNER",
    "PUSKESMAS_HEAD",
    "DATA_OFFICER",
    "VIEWER",
  ],
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
  /** Enter (save, submit) a puskesmas' monthly reports: its head or its petugas data. */
  "report.enter": ["PUSKESMAS_HEAD", "DATA_OFFICER"],
  /** Approve, return or reopen a submitted monthly report, and set the district's due day. */
  "report.review": ["DINKES_PLANNER"],
  /** The district's Dinas office, signing place and Kepala Dinas (name, NIP, title) printed in signature blocks. */
  "office.write": ["DINKES_ADMIN", "DINKES_PLANNER"],
  /** Which of a puskesmas' own staff is its head (Kepala Puskesmas), who signs its struktur organisasi. */
  "puskesmas.head.write": ["DINKES_PLANNER", "PUSKESMAS_HEAD"],
  /** The state of the scheduled backups of the server (README, "Cadangan dan pemulihan"). */
  "system.backups": ["NATIONAL_ADMIN"],
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
    if (isNationalGrant(grant)) return true;
    if (grant.puskesmasId) return target.puskesmasId === grant.puskesmasId;
    if (grant.districtId) return target.districtId === grant.districtId;
    if (grant.provinceId) return target.districtId !== undefined && target.provinceId === grant.provinceId;
    return false;
  });
}

/** The user's grants that hold `permission` for a whole district (a Dinkes admin's user management, say). */
export function districtGrantsWith(
  scope: Scope,
  permission: Permission,
): (Scope["grants"][number] & { districtId: string })[] {
  const roles: readonly Role[] = PERMISSIONS[permission];
  return scope.grants.filter(
    (grant): grant is Scope["grants"][number] & { districtId: string } =>
      roles.includes(grant.role) && Boolean(grant.districtId) && !grant.puskesmasId,
  );
}

/** The districts where the user holds `permission` for the whole district. */
export function districtsWhere(scope: Scope, permission: Permission): string[] {
  return [...new Set(districtGrantsWith(scope, permission).map((grant) => grant.districtId))];
}

/** The roles that hold `permission` (to find, say, a puskesmas' heads among its role assignments). */
export function rolesWith(permission: Permission): Role[] {
  return [...PERMISSIONS[permission]];
}

/** A grant without a place (a national admin's) counts everywhere. */
export function isNationalGrant(grant: {
  provinceId: string | null;
  districtId: string | null;
  puskesmasId: string | null;
}): boolean {
  return !grant.provinceId && !grant.districtId && !grant.puskesmasId;
}

/** The permissions that write district-owned rows; row-level security lets their holders write their place. */
const DATA_WRITES = [
  "facility.write",
  "stage.write",
  "target.write",
  "activity.write",
  "staff.write",
  "report.enter",
  "report.review",
  "puskesmas.head.write",
] as const satisfies readonly Permission[];
const DATA_WRITERS: ReadonlySet<Role> = new Set(DATA_WRITES.flatMap((permission) => PERMISSIONS[permission]));

/** Districts whose rows the database lets this user write: district-level grants of a role that writes data. */
export function writableDistrictIds(scope: Scope): ReadonlySet<string> {
  return new Set(
    scope.grants
      .filter((grant) => DATA_WRITERS.has(grant.role) && grant.districtId && !grant.puskesmasId)
      .map((grant) => grant.districtId!),
  );
}

/** Puskesmas whose rows (staff, assignments, their network's stages, their imports) the database lets this user write. */
export function writablePuskesmasIds(scope: Scope): ReadonlySet<string> {
  return new Set(
    scope.grants
      .filter((grant) => DATA_WRITERS.has(grant.role) && grant.puskesmasId)
      .map((grant) => grant.puskesmasId!),
  );
}

/** Whether a grant for a province lets its holder read every district of the province (officials and viewers). */
export function readsWholeProvince(role: Role): boolean {
  return (PERMISSIONS["district.read"] as readonly Role[]).includes(role);
}

/** Where each role is held, mirrored by the database's ck_role_place check. */
export const ROLE_PLACE = {
  NATIONAL_ADMIN: "national",
  PROVINCE_OFFICIAL: "province",
  DINKES_ADMIN: "district",
  DINKES_PLANNER: "district",
  PUSKESMAS_HEAD: "puskesmas",
  VIEWER: "province-or-district",
  DATA_OFFICER: "puskesmas",
} as const satisfies Record<Role, string>;

/** Role levels, widest first: nobody grants a role above their own. */
export const ROLE_RANK: Record<Role, number> = {
  NATIONAL_ADMIN: 0,
  PROVINCE_OFFICIAL: 1,
  DINKES_ADMIN: 2,
  DINKES_PLANNER: 3,
  PUSKESMAS_HEAD: 4,
  VIEWER: 5,
  DATA_OFFICER: 5,
};
