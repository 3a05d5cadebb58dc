import "server-only";
import { getDistrictByCode, type DistrictSummary } from "@/lib/rollout/queries";
import type { Ctx } from "@/lib/server/scoped-db";
import { staffingPuskesmas, type StaffingPuskesmas } from "@/lib/staffing/access";
import type { ImportDistrict } from "./types";

/** A whole district as an import target (a planner's import, export or history). */
export function wholeDistrict(district: Pick<DistrictSummary, "id" | "code" | "province">): ImportDistrict {
  return { id: district.id, code: district.code, provinceId: district.province.id, puskesmas: null };
}

/** The district named in a URL, if the user may read it (else NotFound). */
export async function districtImportTarget(ctx: Ctx, districtCode: string): Promise<ImportDistrict> {
  return wholeDistrict(await getDistrictByCode(ctx, districtCode));
}

/**
 * The puskesmas named in a URL as an import target restricted to it, if the
 * user may read it (else NotFound, like a missing one). Whether they may also
 * import into it is `puskesmas.mayEdit`, checked again by the pipeline.
 */
export async function puskesmasImportTarget(
  ctx: Ctx,
  puskesmasId: string,
): Promise<{ puskesmas: StaffingPuskesmas; target: ImportDistrict }> {
  const puskesmas = await staffingPuskesmas(ctx, puskesmasId);
  const district = await ctx.db.region.findUniqueOrThrow({
    where: { id: puskesmas.districtId },
    select: { code: true, provinceId: true },
  });
  return {
    puskesmas,
    target: {
      id: puskesmas.districtId,
      code: district.code,
      provinceId: district.provinceId,
      puskesmas: { id: puskesmas.id, code: puskesmas.code },
    },
  };
}
