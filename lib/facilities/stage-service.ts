import type { IlpStage } from "@/lib/generated/prisma/client";
import { can, canRead } from "@/lib/auth/permissions";
import { checkStageTransition } from "@/lib/rollout/stages";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import type { z } from "zod";
import type { ZChangeStage } from "./stage-schemas";

const TRANSITION_MESSAGES = {
  SAME_STAGE: "errors.stageSame",
  REASON_REQUIRED: "errors.stageReasonRequired",
  BEFORE_CURRENT: "errors.stageBeforeCurrent",
} as const;

/** The puskesmas a facility belongs to: itself, or the puskesmas above its pustu. */
async function owningPuskesmasId(ctx: Ctx, facility: { id: string; type: string; parentId: string | null }): Promise<string | null> {
  if (facility.type === "PUSKESMAS") return facility.id;
  if (!facility.parentId) return null;
  const parent = await ctx.db.facility.findFirst({ where: { id: facility.parentId }, select: { id: true, type: true, parentId: true } });
  return parent ? owningPuskesmasId(ctx, parent) : null;
}

/**
 * Moves a facility to another ILP stage, dated and attributed. Planners move any
 * facility of their district; a puskesmas head moves the pustu and posyandu of
 * their own puskesmas. A save based on an outdated version is refused.
 */
export async function changeFacilityStage(ctx: Ctx, input: z.output<typeof ZChangeStage>): Promise<{ version: number }> {
  const facility = await ctx.db.facility.findFirst({
    where: { id: input.facilityId, closedAt: null },
    select: { id: true, districtId: true, type: true, parentId: true, currentStage: true, stageSince: true, version: true },
  });
  if (!facility) throw new NotFoundError("facility");
  const puskesmasId = await owningPuskesmasId(ctx, facility);
  if (!canRead(ctx.scope, { districtId: facility.districtId, puskesmasId: puskesmasId ?? undefined })) throw new NotFoundError("facility");
  const allowed =
    can(ctx.scope, "stage.write", { districtId: facility.districtId }) ||
    (facility.type !== "PUSKESMAS" && can(ctx.scope, "stage.write", { districtId: facility.districtId, puskesmasId }));
  if (!allowed) throw new ForbiddenError();

  if (input.effectiveDate.getTime() > Date.now()) throw new ValidationError("errors.dateInFuture", "effectiveDate");
  const toStage = input.toStage as IlpStage;
  const check = checkStageTransition({ from: facility.currentStage, to: toStage, note: input.note, effectiveDate: input.effectiveDate, currentSince: facility.stageSince });
  if (!check.ok) throw new ValidationError(TRANSITION_MESSAGES[check.reason], check.reason === "REASON_REQUIRED" ? "note" : "toStage");

  const updated = await ctx.db.facility.updateMany({
    where: { id: facility.id, districtId: facility.districtId, version: input.version },
    data: { currentStage: toStage, stageSince: input.effectiveDate, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new ConflictError();
  await ctx.db.facilityStageChange.create({
    data: {
      districtId: facility.districtId,
      facilityId: facility.id,
      fromStage: facility.currentStage,
      toStage,
      effectiveDate: input.effectiveDate,
      note: input.note,
      changedById: ctx.scope.userId,
    },
  });
  return { version: input.version + 1 };
}
