import "server-only";
import { canReadDistrict } from "@/lib/auth/scope";
import { NotFoundError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import type { DataArea } from "@/lib/indicators/definitions";

export type Declaration = { id: string; area: DataArea; completeAsOf: string; note: string | null; version: number; declaredBy: string | null };

/** The district's declarations of completeness, whatever their date. */
export async function listDeclarations(ctx: Ctx, districtId: string): Promise<Declaration[]> {
  if (!canReadDistrict(ctx.scope, districtId)) throw new NotFoundError("district");
  const rows = await ctx.db.dataCompleteness.findMany({
    where: { districtId },
    select: { id: true, area: true, completeAsOf: true, note: true, version: true, declaredBy: { select: { name: true } } },
  });
  return rows.map((row) => ({ id: row.id, area: row.area, completeAsOf: row.completeAsOf.toISOString().slice(0, 10), note: row.note, version: row.version, declaredBy: row.declaredBy?.name ?? null }));
}
