import "server-only";
import type { TargetKind } from "@/lib/generated/prisma/client";
import type { DistrictSummary } from "@/lib/rollout/queries";
import type { Ctx } from "@/lib/server/scoped-db";

export type TargetRow = { id: string; year: number; kind: TargetKind; targetCount: number; deadline: Date; note: string | null; source: string | null; version: number };

export async function listTargets(ctx: Ctx, district: DistrictSummary): Promise<TargetRow[]> {
  return ctx.db.rolloutTarget.findMany({
    where: { districtId: district.id },
    orderBy: [{ year: "desc" }, { kind: "asc" }],
    select: { id: true, year: true, kind: true, targetCount: true, deadline: true, note: true, source: true, version: true },
  });
}
