import type { Role } from "@/lib/generated/prisma/enums";
import { isNationalGrant, readsWholeProvince } from "./permissions";

/** One role held for one place, with the place resolved to its district and province. */
export type Grant = {
  role: Role;
  provinceId: string | null;
  districtId: string | null;
  puskesmasId: string | null;
};

/**
 * What a signed-in user may see and change, derived only from their role
 * assignments in the database, never from anything the browser sends.
 */
export type Scope = {
  userId: string;
  grants: Grant[];
  /** Reads every district (national roles). */
  national: boolean;
  /** Provinces the user oversees (province officials). */
  provinceIds: ReadonlySet<string>;
  /** Districts the user may read in full: their own, or every district of their province. */
  districtIds: ReadonlySet<string>;
  /** Puskesmas (with their pustu and posyandu) the user holds a puskesmas-level role for. */
  puskesmasIds: ReadonlySet<string>;
  /** The districts of those puskesmas: row-level security works per district. */
  puskesmasDistrictIds: ReadonlySet<string>;
};

/**
 * Builds a scope from grants. `districtsOfProvince` lists the districts of
 * each province a grant names, so a province official reads all of them.
 */
export function buildScope(
  userId: string,
  grants: Grant[],
  districtsOfProvince: ReadonlyMap<string, readonly string[]> = new Map(),
): Scope {
  const provinceIds = new Set<string>();
  const districtIds = new Set<string>();
  const puskesmasIds = new Set<string>();
  const puskesmasDistrictIds = new Set<string>();
  let national = false;
  for (const grant of grants) {
    if (isNationalGrant(grant)) {
      national = true;
    } else if (grant.puskesmasId) {
      puskesmasIds.add(grant.puskesmasId);
      if (grant.districtId) puskesmasDistrictIds.add(grant.districtId);
    } else if (grant.districtId) {
      districtIds.add(grant.districtId);
    } else if (grant.provinceId && readsWholeProvince(grant.role)) {
      provinceIds.add(grant.provinceId);
      for (const districtId of districtsOfProvince.get(grant.provinceId) ?? []) districtIds.add(districtId);
    }
  }
  return { userId, grants, national, provinceIds, districtIds, puskesmasIds, puskesmasDistrictIds };
}

export function canReadDistrict(scope: Scope, districtId: string): boolean {
  return scope.national || scope.districtIds.has(districtId);
}

export function canReadProvince(scope: Scope, provinceId: string): boolean {
  return scope.national || scope.provinceIds.has(provinceId);
}

export function canReadPuskesmas(scope: Scope, puskesmas: { id: string; districtId: string }): boolean {
  return scope.puskesmasIds.has(puskesmas.id) || canReadDistrict(scope, puskesmas.districtId);
}

/** Districts whose rows the database lets this user read (row-level security works per district). */
export function readableDistrictIds(scope: Scope): "ALL" | ReadonlySet<string> {
  return scope.national ? "ALL" : new Set([...scope.districtIds, ...scope.puskesmasDistrictIds]);
}
