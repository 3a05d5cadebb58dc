import type { z } from "zod";
import { conflictFromAudit } from "@/lib/audit/conflict";
import { requireDistrict } from "@/lib/auth/guards";
import { recordCorrection } from "@/lib/corrections/service";
import { timeZoneOfRegion, todayIn, toIsoDate } from "@/lib/dates";
import type { TargetKind } from "@/lib/generated/prisma/client";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import { isUniqueViolation } from "@/lib/server/validation";
import { checkTargetBound } from "./bounds";
import { networkSize } from "./network";
import type { ZCreateTarget, ZUpdateTarget, ZVoidTarget } from "./schemas";

/** A saved target above today's network: saved, with a warning for the form. */
export type TargetWarning = { messageKey: "targetForm.aboveNetwork"; values: { network: number } };

function checkDeadline(year: number, deadline: Date): void {
  if (deadline.getUTCFullYear() < year) throw new ValidationError("errors.deadlineBeforeYear", "deadline", { year });
}

/** Refuses a target above the district's network plus the margin (./bounds.ts); one above today's network warns. */
async function checkBound(
  ctx: Ctx,
  district: { id: string; code: string },
  kind: TargetKind,
  targetCount: number,
): Promise<TargetWarning | undefined> {
  const network = await networkSize(ctx, district.id, kind, todayIn(timeZoneOfRegion(district.code)));
  const bound = checkTargetBound(kind, targetCount, network);
  if (bound.verdict === "refuse")
    throw new ValidationError("errors.targetAboveNetwork", "targetCount", {
      network: bound.network,
      ceiling: bound.ceiling,
    });
  return bound.verdict === "warn"
    ? { messageKey: "targetForm.aboveNetwork", values: { network: bound.network } }
    : undefined;
}

export async function createTarget(
  ctx: Ctx,
  input: z.output<typeof ZCreateTarget>,
): Promise<{ id: string; warning?: TargetWarning }> {
  const district = await requireDistrict(ctx, { code: input.districtCode }, "target.write");
  checkDeadline(input.year, input.deadline);
  const warning = await checkBound(ctx, district, input.kind, input.targetCount);
  const existing = await ctx.db.rolloutTarget.findFirst({
    where: { districtId: district.id, year: input.year, kind: input.kind },
    select: { voidedAt: true },
  });
  if (existing)
    throw new ValidationError(existing.voidedAt ? "errors.targetVoidedExists" : "errors.targetExists", "kind", {
      year: input.year,
    });
  try {
    const created = await ctx.db.rolloutTarget.create({
      data: {
        districtId: district.id,
        year: input.year,
        kind: input.kind,
        targetCount: input.targetCount,
        deadline: input.deadline,
        note: input.note ?? null,
      },
      select: { id: true },
    });
    return { ...created, ...(warning ? { warning } : {}) };
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError("errors.targetExists", "kind", { year: input.year });
    throw error;
  }
}

/** A target the user may change: not voided, in a district they plan for. */
async function editableTarget(ctx: Ctx, id: string) {
  const target = await ctx.db.rolloutTarget.findFirst({ where: { id } });
  if (!target) throw new NotFoundError("target");
  const district = await requireDistrict(ctx, { id: target.districtId }, "target.write");
  if (target.voidedAt) throw new ValidationError("errors.recordVoided");
  return { target, district };
}

const snapshot = (target: Awaited<ReturnType<typeof editableTarget>>["target"]) => ({
  year: target.year,
  kind: target.kind,
  targetCount: target.targetCount,
  deadline: toIsoDate(target.deadline),
  note: target.note,
  version: target.version,
});

/** Corrects a target, with a reason: the previous values stay in its correction record (and the audit log). */
export async function updateTarget(
  ctx: Ctx,
  input: z.output<typeof ZUpdateTarget>,
): Promise<{ version: number; warning?: TargetWarning }> {
  const { target, district } = await editableTarget(ctx, input.id);
  checkDeadline(target.year, input.deadline);
  const warning = await checkBound(ctx, district, target.kind, input.targetCount);
  await recordCorrection(ctx, {
    districtId: target.districtId,
    entity: "TARGET",
    recordId: target.id,
    kind: "CORRECTED",
    reason: input.reason,
    previous: snapshot(target),
  });
  const updated = await ctx.db.rolloutTarget.updateMany({
    where: { id: target.id, districtId: target.districtId, version: input.version, voidedAt: null },
    data: {
      targetCount: input.targetCount,
      deadline: input.deadline,
      note: input.note ?? null,
      version: { increment: 1 },
    },
  });
  if (updated.count === 0) throw await conflictFromAudit(ctx.db, "RolloutTarget", target.id);
  return { version: input.version + 1, ...(warning ? { warning } : {}) };
}

/** Voids a target, with a reason: it stays, marked "dibatalkan", and drops out of progress and comparisons. */
export async function voidTarget(ctx: Ctx, input: z.output<typeof ZVoidTarget>): Promise<void> {
  const { target } = await editableTarget(ctx, input.id);
  await recordCorrection(ctx, {
    districtId: target.districtId,
    entity: "TARGET",
    recordId: target.id,
    kind: "VOIDED",
    reason: input.reason,
    previous: snapshot(target),
  });
  const updated = await ctx.db.rolloutTarget.updateMany({
    where: { id: target.id, districtId: target.districtId, version: input.version, voidedAt: null },
    data: { voidedAt: new Date(), version: { increment: 1 } },
  });
  if (updated.count === 0) throw await conflictFromAudit(ctx.db, "RolloutTarget", target.id);
}
