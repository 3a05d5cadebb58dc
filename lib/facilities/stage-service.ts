import type { DecreeIssuer, IlpStage } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit/write";
import { requireFacility } from "@/lib/auth/guards";
import { can } from "@/lib/auth/permissions";
import { checkStageTransition, stageRank } from "@/lib/rollout/stages";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import type { z } from "zod";
import type { Evidence } from "./evidence";
import type { ZChangeStage, ZCorrectStageEntry, ZReviewProposal, ZVoidStageEntry } from "./stage-schemas";
import { evidenceObjectKey, placeEvidence } from "./evidence-store";
import { formatIndonesianDateTime } from "@/lib/dates";
import { districtClock } from "@/lib/dates/district";
import { recordDateProblem } from "@/lib/dates/rules";
import { COUNTING_ENTRY, LATEST_FIRST } from "@/lib/rules/stage-on-date";

const TRANSITION_MESSAGES = {
  SAME_STAGE: "errors.stageSame",
  REASON_REQUIRED: "errors.stageReasonRequired",
  BEFORE_CURRENT: "errors.stageBeforeCurrent",
} as const;

type FacilityRow = {
  id: string;
  districtId: string;
  type: string;
  parentId: string | null;
  currentStage: IlpStage;
  stageSince: Date | null;
  version: number;
  openedOn: Date | null;
};

async function readableFacility(ctx: Ctx, facilityId: string): Promise<FacilityRow & { puskesmasId: string | null }> {
  const { id, puskesmasId } = await requireFacility(ctx, facilityId, undefined, { open: true });
  const facility = await ctx.db.facility.findFirstOrThrow({
    where: { id },
    select: {
      id: true,
      districtId: true,
      type: true,
      parentId: true,
      currentStage: true,
      stageSince: true,
      version: true,
      openedOn: true,
    },
  });
  return { ...facility, puskesmasId };
}

/** "Today" in the district's own zone (WIB/WITA/WIT), as midnight UTC. */
export async function districtToday(ctx: Ctx, districtId: string): Promise<Date> {
  return (await districtClock(ctx, districtId)).today;
}

/** Refuses a stage date before the floor, before the facility opened, or after the district's today. */
export async function assertStageDate(
  ctx: Ctx,
  facility: { districtId: string; openedOn: Date | null },
  date: Date,
  field = "effectiveDate",
): Promise<void> {
  const problem = recordDateProblem(date, {
    openedOn: [facility.openedOn],
    today: await districtToday(ctx, facility.districtId),
  });
  if (problem) throw new ValidationError(problem.messageKey, field, problem.values);
}

type DecreeInput = {
  decreeIssuer?: string | undefined;
  decreeNumber?: string | undefined;
  decreeDate?: Date | undefined;
};
type Decree = { decreeIssuer: DecreeIssuer | null; decreeNumber: string | null; decreeDate: Date | null };

/** The decree's three parts, all or none; "Menerapkan ILP" of a puskesmas needs it. */
async function checkDecree(
  ctx: Ctx,
  facility: FacilityRow,
  toStage: IlpStage,
  input: DecreeInput,
  fallback?: Decree,
): Promise<Decree> {
  const given = [input.decreeIssuer, input.decreeNumber, input.decreeDate].filter((part) => part !== undefined).length;
  if (given > 0 && given < 3) {
    const field = !input.decreeIssuer ? "decreeIssuer" : !input.decreeNumber ? "decreeNumber" : "decreeDate";
    throw new ValidationError("errors.decreeIncomplete", field);
  }
  const decree: Decree =
    given === 3
      ? {
          decreeIssuer: input.decreeIssuer as DecreeIssuer,
          decreeNumber: input.decreeNumber!,
          decreeDate: input.decreeDate!,
        }
      : (fallback ?? { decreeIssuer: null, decreeNumber: null, decreeDate: null });
  if (facility.type === "PUSKESMAS" && toStage === "MENERAPKAN" && !decree.decreeNumber)
    throw new ValidationError("errors.decreeRequired", "decreeNumber");
  if (decree.decreeDate) {
    const problem = recordDateProblem(decree.decreeDate, { today: await districtToday(ctx, facility.districtId) });
    if (problem) throw new ValidationError(problem.messageKey, "decreeDate", problem.values);
  }
  return decree;
}

/** Checklist codes must name active items of this facility type for the new stage or an earlier one. */
async function checkChecklist(
  ctx: Ctx,
  facilityType: string,
  toStage: IlpStage,
  entries: { code: string; evidence?: string | undefined }[],
) {
  if (entries.length === 0) return [];
  const items = await ctx.db.stageChecklistItem.findMany({
    where: { active: true, facilityType: facilityType as "PUSKESMAS" },
    select: { code: true, stage: true },
  });
  const allowed = new Set(items.filter((item) => stageRank(item.stage) <= stageRank(toStage)).map((item) => item.code));
  const seen = new Set<string>();
  return entries.map((entry) => {
    if (!allowed.has(entry.code) || seen.has(entry.code))
      throw new ValidationError("errors.checklistUnknown", "checklist", { code: entry.code });
    seen.add(entry.code);
    return entry.evidence ? { code: entry.code, evidence: entry.evidence } : { code: entry.code };
  });
}

/** Raises the facility's version if it is still `version`; otherwise someone saved first. */
async function claimVersion(ctx: Ctx, facility: { id: string; districtId: string }, version: number): Promise<void> {
  const updated = await ctx.db.facility.updateMany({
    where: { id: facility.id, districtId: facility.districtId, version },
    data: { version: { increment: 1 } },
  });
  if (updated.count === 0) throw await conflictDetails(ctx, facility.id);
}

/**
 * Sets the cached stage (Facility.currentStage, stageSince) from the counting
 * history: the latest verified, not retracted entry, the later recorded winning a tie.
 */
export async function recomputeCurrentStage(ctx: Ctx, facility: { id: string; districtId: string }): Promise<IlpStage> {
  const latest = await ctx.db.facilityStageChange.findFirst({
    where: { facilityId: facility.id, districtId: facility.districtId, ...COUNTING_ENTRY },
    orderBy: [...LATEST_FIRST],
    select: { toStage: true, effectiveDate: true },
  });
  const stage = latest?.toStage ?? "BELUM";
  await ctx.db.facility.updateMany({
    where: { id: facility.id, districtId: facility.districtId },
    data: { currentStage: stage, stageSince: latest?.effectiveDate ?? null },
  });
  return stage;
}

/**
 * Records a stage change, dated and attributed. A planner's change of any
 * facility of the district counts at once (verified); a puskesmas head's for
 * their own puskesmas is a proposal that waits for a planner; a head's for
 * their pustu and posyandu counts at once, as before. A save based on an
 * outdated version is refused.
 */
export async function changeFacilityStage(
  ctx: Ctx,
  input: z.output<typeof ZChangeStage>,
  evidence?: Evidence,
): Promise<{ version: number; status: "VERIFIED" | "PROPOSED" }> {
  const facility = await readableFacility(ctx, input.facilityId);
  const planner = can(ctx.scope, "stage.verify", { districtId: facility.districtId });
  const headHere = can(ctx.scope, "stage.write", {
    districtId: facility.districtId,
    puskesmasId: facility.puskesmasId,
  });
  const proposes =
    !planner &&
    facility.type === "PUSKESMAS" &&
    can(ctx.scope, "stage.propose", { districtId: facility.districtId, puskesmasId: facility.puskesmasId });
  if (!planner && !proposes && !(facility.type !== "PUSKESMAS" && headHere)) throw new ForbiddenError();

  await assertStageDate(ctx, facility, input.effectiveDate);
  const toStage = input.toStage as IlpStage;
  const check = checkStageTransition({
    from: facility.currentStage,
    to: toStage,
    note: input.note,
    effectiveDate: input.effectiveDate,
    currentSince: facility.stageSince,
  });
  if (!check.ok)
    throw new ValidationError(
      TRANSITION_MESSAGES[check.reason],
      check.reason === "REASON_REQUIRED" ? "note" : "toStage",
    );
  const checklist = await checkChecklist(ctx, facility.type, toStage, input.checklist);
  const decree = await checkDecree(ctx, facility, toStage, input);

  if (proposes) {
    const pending = await ctx.db.facilityStageChange.count({
      where: { facilityId: facility.id, districtId: facility.districtId, status: "PROPOSED" },
    });
    if (pending > 0) throw new ValidationError("errors.stageProposalPending", "toStage");
  }
  await claimVersion(ctx, facility, input.version);
  const now = new Date();
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
      status: proposes ? "PROPOSED" : "VERIFIED",
      // A planner's (or, for pustu and posyandu, the head's) own change counts as verified by its author.
      reviewedById: proposes ? null : ctx.scope.userId,
      reviewedAt: proposes ? null : now,
      checklist,
      ...decree,
    },
  });
  if (!proposes) await recomputeCurrentStage(ctx, facility);
  if (evidence) await storeEvidence(ctx, facility.districtId, change.id, evidence);
  return { version: input.version + 1, status: proposes ? "PROPOSED" : "VERIFIED" };
}

async function storeEvidence(ctx: Ctx, districtId: string, changeId: string, evidence: Evidence): Promise<void> {
  // In the object store when one is configured (uploaded before the row, so a failed upload rolls the change back).
  const stored = await placeEvidence(evidenceObjectKey(districtId, changeId, evidence.sha256), evidence);
  await ctx.db.evidenceFile.createMany({
    data: {
      districtId,
      stageChangeId: changeId,
      fileName: evidence.fileName,
      contentType: evidence.contentType,
      size: evidence.bytes.byteLength,
      sha256: evidence.sha256,
      ...stored,
      uploadedById: ctx.scope.userId,
    },
  });
  await writeAudit(ctx.db, {
    actorId: ctx.scope.userId,
    districtId,
    action: "insert",
    entity: "EvidenceFile",
    entityId: changeId,
    after: {
      fileName: evidence.fileName,
      contentType: evidence.contentType,
      size: evidence.bytes.byteLength,
      sha256: evidence.sha256,
    },
  });
}

/** A stage entry the user may read, with its facility; a planner's tools need stage.verify on its district. */
async function entryForPlanner(ctx: Ctx, changeId: string) {
  const entry = await ctx.db.facilityStageChange.findFirst({
    where: { id: changeId },
    select: {
      id: true,
      facilityId: true,
      districtId: true,
      fromStage: true,
      toStage: true,
      effectiveDate: true,
      note: true,
      source: true,
      status: true,
      retractedAs: true,
      checklist: true,
      isIllustrative: true,
      decreeIssuer: true,
      decreeNumber: true,
      decreeDate: true,
    },
  });
  if (!entry) throw new NotFoundError("stageChange");
  const facility = await readableFacility(ctx, entry.facilityId);
  if (!can(ctx.scope, "stage.verify", { districtId: facility.districtId }))
    throw new ForbiddenError("errors.stageVerifyForbidden");
  return { entry, facility };
}

/** A planner verifies a head's proposal (it then counts) or returns it with a reason the head sees. */
export async function reviewStageProposal(
  ctx: Ctx,
  input: z.output<typeof ZReviewProposal>,
): Promise<{ status: "VERIFIED" | "RETURNED" }> {
  const { entry, facility } = await entryForPlanner(ctx, input.changeId);
  if (entry.status !== "PROPOSED") throw new ConflictError("errors.proposalAlreadyReviewed");
  if (input.decision === "VERIFY") {
    // The history may have moved since the head proposed: the same rules as a direct change, today.
    await assertStageDate(ctx, facility, entry.effectiveDate);
    const check = checkStageTransition({
      from: facility.currentStage,
      to: entry.toStage,
      note: entry.note,
      effectiveDate: entry.effectiveDate,
      currentSince: facility.stageSince,
    });
    if (!check.ok) throw new ValidationError(TRANSITION_MESSAGES[check.reason], "decision");
    if (facility.type === "PUSKESMAS" && entry.toStage === "MENERAPKAN" && !entry.decreeNumber)
      throw new ValidationError("errors.decreeRequired", "decision");
  }
  const status = input.decision === "VERIFY" ? "VERIFIED" : "RETURNED";
  const updated = await ctx.db.facilityStageChange.updateMany({
    where: { id: entry.id, districtId: entry.districtId, status: "PROPOSED" },
    data: { status, reviewedById: ctx.scope.userId, reviewedAt: new Date(), reviewNote: input.reason ?? null },
  });
  if (updated.count === 0) throw new ConflictError("errors.proposalAlreadyReviewed");
  await ctx.db.facility.updateMany({
    where: { id: facility.id, districtId: facility.districtId },
    data: { version: { increment: 1 } },
  });
  if (status === "VERIFIED") await recomputeCurrentStage(ctx, facility);
  return { status };
}

async function retract(
  ctx: Ctx,
  entry: { id: string; districtId: string },
  kind: "CORRECTED" | "VOIDED",
  reason: string,
): Promise<void> {
  const updated = await ctx.db.facilityStageChange.updateMany({
    where: { id: entry.id, districtId: entry.districtId, ...COUNTING_ENTRY },
    data: { retractedAs: kind, retractedAt: new Date(), retractedById: ctx.scope.userId, retractionReason: reason },
  });
  if (updated.count === 0) throw new ConflictError("errors.stageEntryRetracted");
}

function assertCounting(entry: { status: string; retractedAs: string | null }): void {
  if (entry.retractedAs) throw new ConflictError("errors.stageEntryRetracted");
  if (entry.status !== "VERIFIED") throw new ValidationError("errors.stageEntryNotVerified", "changeId");
}

/**
 * A planner corrects a verified entry: the original stays in the history marked
 * "dikoreksi" (who, when, why) and a new verified entry with the corrected
 * stage and date takes its place in every as-of view.
 */
export async function correctStageEntry(
  ctx: Ctx,
  input: z.output<typeof ZCorrectStageEntry>,
): Promise<{ id: string; version: number }> {
  const { entry, facility } = await entryForPlanner(ctx, input.changeId);
  assertCounting(entry);
  const toStage = input.toStage as IlpStage;
  if (
    toStage === entry.toStage &&
    input.effectiveDate.getTime() === entry.effectiveDate.getTime() &&
    !input.decreeNumber
  ) {
    throw new ValidationError("errors.correctionNoChange", "effectiveDate");
  }
  await assertStageDate(ctx, facility, input.effectiveDate);
  const decree = await checkDecree(ctx, facility, toStage, input, {
    decreeIssuer: entry.decreeIssuer,
    decreeNumber: entry.decreeNumber,
    decreeDate: entry.decreeDate,
  });
  await claimVersion(ctx, facility, input.version);
  await retract(ctx, entry, "CORRECTED", input.reason);
  const now = new Date();
  const replacement = await ctx.db.facilityStageChange.create({
    select: { id: true },
    data: {
      districtId: entry.districtId,
      facilityId: entry.facilityId,
      fromStage: entry.fromStage,
      toStage,
      effectiveDate: input.effectiveDate,
      note: entry.note,
      source: entry.source,
      isIllustrative: entry.isIllustrative,
      changedById: ctx.scope.userId,
      status: "VERIFIED",
      reviewedById: ctx.scope.userId,
      reviewedAt: now,
      checklist: entry.checklist ?? [],
      ...decree,
      correctsId: entry.id,
    },
  });
  await recomputeCurrentStage(ctx, facility);
  return { id: replacement.id, version: input.version + 1 };
}

/** A planner voids a verified entry: it stays in the history marked "dibatalkan" and stops counting. */
export async function voidStageEntry(ctx: Ctx, input: z.output<typeof ZVoidStageEntry>): Promise<{ version: number }> {
  const { entry, facility } = await entryForPlanner(ctx, input.changeId);
  assertCounting(entry);
  await claimVersion(ctx, facility, input.version);
  await retract(ctx, entry, "VOIDED", input.reason);
  await recomputeCurrentStage(ctx, facility);
  return { version: input.version + 1 };
}

/** What the other save changed, so the user sees it instead of a bare refusal. */
async function conflictDetails(ctx: Ctx, facilityId: string): Promise<ConflictError> {
  const current = await ctx.db.facility.findFirst({
    where: { id: facilityId },
    select: { currentStage: true, districtId: true },
  });
  const latest = await ctx.db.facilityStageChange.findFirst({
    where: { facilityId },
    orderBy: { createdAt: "desc" },
    select: { createdAt: true, changedBy: { select: { name: true } } },
  });
  return new ConflictError("errors.stageConflict", {
    stage: current?.currentStage ?? "BELUM",
    by: latest?.changedBy?.name ?? "-",
    at:
      latest && current
        ? formatIndonesianDateTime(latest.createdAt, (await districtClock(ctx, current.districtId)).timeZone)
        : "-",
  });
}
