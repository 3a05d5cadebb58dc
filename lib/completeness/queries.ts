import "server-only";
import { requireDistrict } from "@/lib/auth/guards";
import { toIsoDate } from "@/lib/dates";
import type { Ctx } from "@/lib/server/scoped-db";
import type { DataArea } from "@/lib/indicators/definitions";

export type Declaration = {
  id: string;
  area: DataArea;
  completeAsOf: string;
  note: string | null;
  version: number;
  declaredBy: string | null;
};

/** The district's declarations of completeness, whatever their date. */
export async function listDeclarations(ctx: Ctx, districtId: string): Promise<Declaration[]> {
  await requireDistrict(ctx, { id: districtId });
  const rows = await ctx.db.dataCompleteness.findMany({
    where: { districtId },
    select: {
      id: true,
      area: true,
      completeAsOf: true,
      note: true,
      version: true,
      declaredBy: { select: { name: true } },
    },
  });
  return rows.map((row) => ({
    id: row.id,
    area: row.area,
    completeAsOf: toIsoDate(row.completeAsOf),
    note: row.note,
    version: row.version,
    declaredBy: row.declaredBy?.name ?? null,
  }));
}
