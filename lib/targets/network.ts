import type { FigureMetric, TargetKind } from "@/lib/generated/prisma/client";
import type { Ctx } from "@/lib/server/scoped-db";

const FACILITY_OF: Partial<Record<TargetKind, "PUSKESMAS" | "PUSTU" | "POSYANDU">> = {
  PUSKESMAS_MENERAPKAN: "PUSKESMAS",
  PUSTU_MENERAPKAN: "PUSTU",
  POSYANDU_MENERAPKAN: "POSYANDU",
};

/**
 * The size of the district's network a target of `kind` is counted in, on `today`:
 * facilities of that type open that day, or the district's desa; a count the
 * district reported itself (Sanggau's 95 pustu) wins when it is larger.
 */
export async function networkSize(ctx: Ctx, districtId: string, kind: TargetKind, today: Date): Promise<number> {
  const type = FACILITY_OF[kind];
  const recorded = type
    ? await ctx.db.facility.count({
        where: { districtId, type, OR: [{ closedAt: null }, { closedAt: { gt: today } }] },
      })
    : await ctx.db.region.count({ where: { districtId, level: "DESA" } });
  const metric: FigureMetric = type ?? "DESA";
  const reported = await ctx.db.reportedFigure.findFirst({
    where: { districtId, metric, asOf: { lte: today } },
    orderBy: { asOf: "desc" },
    select: { value: true },
  });
  return Math.max(recorded, reported?.value ?? 0);
}
