import type { Role } from "@/lib/generated/prisma/enums";

/** One role held for one place, with the place resolved to its district and province. */
export type Grant = {
  role: Role;
  provinceId: string | null;
  districtId: string | null;
  puskesmasId: string | null;
};

/**
 * What a signed-in user may see, derived only from their role assignments in
 * the database, never from anything the browser sends.
 */
export type Scope = {
  userId: string;
  grants: Grant[];
  national: boolean;
  /** Provinces whose districts the user may read in full. */
  provinceIds: ReadonlySet<string>;
  /** Districts the user may read in full. */
  districtIds: ReadonlySet<string>;
  /** Puskesmas (with their pustu and posyandu) the user may read. */
  puskesmasIds: ReadonlySet<string>;
};

const DISTRICT_WIDE: Role[] = ["DINKES_ADMIN", "DINKES_PLANNER", "VIEWER"];

export function buildScope(userId: string, grants: Grant[]): Scope {
  const provinceIds = new Set<string>();
  const districtIds = new Set<string>();
  const puskesmasIds = new Set<string>();
  let national = false;
  for (const grant of grants) {
    if (grant.role === "NATIONAL_ADMIN") national = true;
    else if (grant.puskesmasId) puskesmasIds.add(grant.puskesmasId);
    else if (grant.role === "PROVINCE_OFFICIAL" || (grant.role === "VIEWER" && grant.provinceId && !grant.districtId)) {
      if (grant.provinceId) provinceIds.add(grant.provinceId);
    } else if (DISTRICT_WIDE.includes(grant.role) && grant.districtId) districtIds.add(grant.districtId);
  }
  return { userId, grants, national, provinceIds, districtIds, puskesmasIds };
}

/** Whether the user may read a whole district (its dashboard and lists). */
export function canReadDistrict(scope: Scope, district: { id: string; provinceId: string | null }): boolean {
  return scope.national || scope.districtIds.has(district.id) || (district.provinceId !== null && scope.provinceIds.has(district.provinceId));
}

/** Whether the user may read one puskesmas: through its district, or as its own. */
export function canReadPuskesmas(scope: Scope, puskesmas: { id: string; districtId: string; provinceId: string | null }): boolean {
  return scope.puskesmasIds.has(puskesmas.id) || canReadDistrict(scope, { id: puskesmas.districtId, provinceId: puskesmas.provinceId });
}
