import { requirePuskesmas, type GuardedPuskesmas } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import type { Ctx } from "@/lib/server/scoped-db";

/** A puskesmas' roster as its pages show it: `mayEdit` says whether the user may change it (its head). */
export type StaffingPuskesmas = GuardedPuskesmas & { mayEdit: boolean };

/** The puskesmas, guarded by requirePuskesmas (a `write` the user lacks answers "forbidden"), with `mayEdit`. */
export async function staffingPuskesmas(ctx: Ctx, id: string, write?: "staff.write"): Promise<StaffingPuskesmas> {
  const puskesmas = await requirePuskesmas(ctx, id, write);
  return { ...puskesmas, mayEdit: can(ctx.scope, "staff.write", puskesmas.target) };
}

/** The puskesmas' open pustu. */
export function pustuOf(ctx: Ctx, puskesmas: { id: string; districtId: string }) {
  return ctx.db.facility.findMany({
    where: { districtId: puskesmas.districtId, parentId: puskesmas.id, type: "PUSTU", closedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, isIllustrative: true },
  });
}
