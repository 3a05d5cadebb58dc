import "server-only";
import { correctionsOf, type CorrectionRow } from "@/lib/corrections/queries";
import type { TargetKind } from "@/lib/generated/prisma/client";
import type { DistrictSummary } from "@/lib/rollout/queries";
import type { Ctx } from "@/lib/server/scoped-db";

export type TargetRow = {
  id: string;
  year: number;
  kind: TargetKind;
  targetCount: number;
  deadline: Date;
  note: string | null;
  source: string | null;
  version: number;
  voidedAt: Date | null;
  corrections: CorrectionRow[];
};

/** The district's targets, voided ones included (the page marks them), each with its corrections. */
export async function listTargets(ctx: Ctx, district: DistrictSummary): Promise<TargetRow[]> {
  const rows = await ctx.db.rolloutTarget.findMany({
    where: { districtId: district.id },
    orderBy: [{ year: "desc" }, { kind: "asc" }],
    select: {
      id: true,
      year: true,
      kind: true,
      targetCount: true,
      deadline: true,
      note: true,
      source: true,
      version: true,
      voidedAt: true,
    },
  });
  const corrections = await correctionsOf(
    ctx,
    "TARGET",
    rows.map((row) => row.id),
  );
  return rows.map((row) => ({ ...row, corrections: corrections.get(row.id) ?? [] }));
}
