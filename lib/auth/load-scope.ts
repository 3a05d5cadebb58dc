import "server-only";
import { db } from "@/lib/server/db";
import { loadGrants } from "./load-grants";
import { buildScope, type Scope } from "./scope";

/** The scope of a user's current role assignments (tables without district rows, so no scope is needed to read them). */
export async function loadScope(userId: string): Promise<Scope> {
  const grants = await loadGrants(db(), userId);
  const provinceIds = grants.filter((grant) => grant.provinceId && !grant.districtId).map((grant) => grant.provinceId!);
  const districts = provinceIds.length
    ? await db().region.findMany({
        where: { level: "KABUPATEN", provinceId: { in: provinceIds } },
        select: { id: true, provinceId: true },
      })
    : [];
  const districtsOfProvince = new Map<string, string[]>();
  for (const district of districts)
    districtsOfProvince.set(district.provinceId!, [
      ...(districtsOfProvince.get(district.provinceId!) ?? []),
      district.id,
    ]);
  return buildScope(userId, grants, districtsOfProvince);
}
