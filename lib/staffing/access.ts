import { z } from "zod";
import { can } from "@/lib/auth/permissions";
import { canReadPuskesmas } from "@/lib/auth/scope";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";

export type StaffingPuskesmas = { id: string; code: string; name: string; districtId: string; staffBoardVersion: number; allowSecondCluster: boolean; mayEdit: boolean };

/**
 * A puskesmas whose roster the user may read: missing or out of scope answers
 * "not found"; `mayEdit` says whether they may also change it (its head).
 */
export async function readablePuskesmas(ctx: Ctx, id: string): Promise<StaffingPuskesmas> {
  if (!z.uuid().safeParse(id).success) throw new NotFoundError("puskesmas");
  const puskesmas = await ctx.db.facility.findFirst({
    where: { id, type: "PUSKESMAS" },
    select: { id: true, code: true, name: true, districtId: true, staffBoardVersion: true, allowSecondCluster: true },
  });
  if (!puskesmas || !canReadPuskesmas(ctx.scope, puskesmas)) throw new NotFoundError("puskesmas");
  return { ...puskesmas, mayEdit: can(ctx.scope, "staff.write", { districtId: puskesmas.districtId, puskesmasId: puskesmas.id }) };
}

/** The same, for writes: readable but not the user's own puskesmas answers "forbidden". */
export async function editablePuskesmas(ctx: Ctx, id: string): Promise<StaffingPuskesmas> {
  const puskesmas = await readablePuskesmas(ctx, id);
  if (!puskesmas.mayEdit) throw new ForbiddenError();
  return puskesmas;
}

/** The puskesmas' open pustu. */
export function pustuOf(ctx: Ctx, puskesmas: { id: string; districtId: string }) {
  return ctx.db.facility.findMany({
    where: { districtId: puskesmas.districtId, parentId: puskesmas.id, type: "PUSTU", closedAt: null },
    orderBy: { name: "asc" },
    select: { id: true, name: true, isIllustrative: true },
  });
}

/** Assignments in force on `date`: begun on or before it and not ended by then (an end date is exclusive). */
export function inForceOn(date: Date) {
  return { effectiveFrom: { lte: date }, OR: [{ effectiveTo: null }, { effectiveTo: { gt: date } }] };
}
