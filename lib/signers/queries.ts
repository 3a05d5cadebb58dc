import "server-only";
import type { Ctx } from "@/lib/server/scoped-db";

export type DistrictOfficeRow = {
  officeName: string | null;
  place: string | null;
  headName: string | null;
  headNip: string | null;
  headTitle: string | null;
  version: number;
};

/** The district's recorded office and Kepala Dinas; null while nothing is recorded. Read in the caller's scope. */
export async function getDistrictOffice(ctx: Ctx, districtId: string): Promise<DistrictOfficeRow | null> {
  return ctx.db.districtOffice.findFirst({
    where: { districtId },
    select: { officeName: true, place: true, headName: true, headNip: true, headTitle: true, version: true },
  });
}

export type PuskesmasHead = { id: string; name: string; nip: string | null };

/**
 * The puskesmas' chosen head while they are still one of its active staff
 * (`head`; null otherwise: never the signed-in account's name, never a guess),
 * and the id stored (`storedId`, what a change must name as the previous head).
 */
export async function getPuskesmasHead(
  ctx: Ctx,
  puskesmasId: string,
): Promise<{ head: PuskesmasHead | null; storedId: string | null }> {
  const row = await ctx.db.puskesmasHead.findFirst({
    where: { puskesmasId },
    select: { staffId: true, staff: { select: { id: true, name: true, nip: true, puskesmasId: true, active: true } } },
  });
  const head = row?.staff;
  const storedId = row?.staffId ?? null;
  if (!head || head.puskesmasId !== puskesmasId || !head.active) return { head: null, storedId };
  return { head: { id: head.id, name: head.name, nip: head.nip }, storedId };
}
