import type { IlpStage } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit/write";
import { requireFacility } from "@/lib/auth/guards";
import { checkStageTransition } from "@/lib/rollout/stages";
import { ConflictError, ValidationError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import type { z } from "zod";
import type { Evidence } from "./evidence";
import type { ZChangeStage } from "./stage-schemas";
import { evidenceObjectKey, evidenceObjectStore, putEvidenceObject } from "./evidence-store";
import { districtClock } from "@/lib/dates/district";

const TRANSITION_MESSAGES = {
  SAME_STAGE: "errors.stageSame",
  REASON_REQUIRED: "errors.stageReasonRequired",
  BEFORE_CURRENT: "errors.stageBeforeCurrent",
} as const;

/**
 * Moves a facility to another ILP stage, dated and attributed. Planners move any
 * facility of their district; a puskesmas head moves the pustu and posyandu of
 * their own puskesmas. A save based on an outdated version is refused.
 */
export async function changeFacilityStage(ctx: Ctx, input: z.output<typeof ZChangeStage>, evidence?: Evidence): Promise<{ version: number }> {
  const { id } = await requireFacility(ctx, input.facilityId, "stage.write", { open: true });
  const facility = await ctx.db.facility.findFirstOrThrow({ where: { id }, select: { id: true, districtId: true, currentStage: true, stageSince: true, version: true } });

  if (input.effectiveDate > (await districtClock(ctx, facility.districtId)).today) throw new ValidationError("errors.dateInFuture", "effectiveDate");
  const toStage = input.toStage as IlpStage;
  const check = checkStageTransition({ from: facility.currentStage, to: toStage, note: input.note, effectiveDate: input.effectiveDate, currentSince: facility.stageSince });
  if (!check.ok) throw new ValidationError(TRANSITION_MESSAGES[check.reason], check.reason === "REASON_REQUIRED" ? "note" : "toStage");

  const updated = await ctx.db.facility.updateMany({
    where: { id: facility.id, districtId: facility.districtId, version: input.version },
    data: { currentStage: toStage, stageSince: input.effectiveDate, version: { increment: 1 } },
  });
  if (updated.count === 0) throw await conflictDetails(ctx, facility.id);
  const change = await ctx.db.facilityStageChange.create({
    select: { id: true },
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
  if (evidence) {
    // In the object store when one is configured (uploaded before the row, so a failed upload rolls the change back).
    const store = evidenceObjectStore();
    const storageKey = store ? evidenceObjectKey(facility.districtId, change.id, evidence.sha256) : null;
    if (store && storageKey) await putEvidenceObject(store, storageKey, evidence.bytes, evidence.contentType);
    await ctx.db.evidenceFile.createMany({
      data: {
        districtId: facility.districtId,
        stageChangeId: change.id,
        fileName: evidence.fileName,
        contentType: evidence.contentType,
        size: evidence.bytes.byteLength,
        sha256: evidence.sha256,
        content: storageKey ? null : Buffer.from(evidence.bytes),
        storageKey,
        uploadedById: ctx.scope.userId,
      },
    });
    await writeAudit(ctx.db, {
      actorId: ctx.scope.userId,
      districtId: facility.districtId,
      action: "insert",
      entity: "EvidenceFile",
      entityId: change.id,
      after: { fileName: evidence.fileName, contentType: evidence.contentType, size: evidence.bytes.byteLength, sha256: evidence.sha256 },
    });
  }
  return { version: input.version + 1 };
}

/** What the other save changed, so the user sees it instead of a bare refusal. */
async function conflictDetails(ctx: Ctx, facilityId: string): Promise<ConflictError> {
  const current = await ctx.db.facility.findFirst({ where: { id: facilityId }, select: { currentStage: true } });
  const latest = await ctx.db.facilityStageChange.findFirst({
    where: { facilityId },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, changedBy: { select: { name: true } } },
  });
  return new ConflictError("errors.stageConflict", {
    stage: current?.currentStage ?? "BELUM",
    by: latest?.changedBy?.name ?? "-",
    at: latest ? latest.createdAt.toISOString().slice(0, 16).replace("T", " ") + " UTC" : "-",
  });
}
