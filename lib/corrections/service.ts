import type { CorrectedEntity, CorrectionKind, Prisma } from "@/lib/generated/prisma/client";
import type { Ctx } from "@/lib/server/scoped-db";

/**
 * Keeps the values a record had before a correction or a void, with who, when
 * and why. Called in the same transaction as the change itself.
 */
export async function recordCorrection(
  ctx: Ctx,
  correction: {
    districtId: string;
    entity: CorrectedEntity;
    recordId: string;
    kind: CorrectionKind;
    reason: string;
    previous: Prisma.InputJsonObject;
  },
): Promise<void> {
  await ctx.db.recordCorrection.create({ data: { ...correction, actorId: ctx.scope.userId } });
}
