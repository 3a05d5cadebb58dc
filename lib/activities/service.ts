import type { z } from "zod";
import { conflictFromAudit } from "@/lib/audit/conflict";
import { requireDistrict } from "@/lib/auth/guards";
import { recordCorrection } from "@/lib/corrections/service";
import { timeZoneOfRegion, todayIn, toIsoDate } from "@/lib/dates";
import { recordDateProblem } from "@/lib/dates/rules";
import type { Prisma } from "@/lib/generated/prisma/client";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import type { ZCompleteActivity, ZCorrectActivity, ZCreateActivity, ZDeleteActivity, ZVoidActivity } from "./schemas";

type Fields = z.output<typeof ZCreateActivity>;

/**
 * Every facility id must belong to the district (one foreign id and nothing is
 * written: "not found"); the date must pass the date rule against the district's
 * today and the facilities' opening dates. Only a planned activity may lie ahead.
 */
async function checkedFacilities(
  ctx: Ctx,
  district: { id: string; code: string },
  input: Pick<Fields, "facilityIds" | "date" | "status">,
): Promise<string[]> {
  const facilityIds = [...new Set(input.facilityIds)];
  const facilities = await ctx.db.facility.findMany({
    where: { id: { in: facilityIds }, districtId: district.id },
    select: { openedOn: true },
  });
  if (facilities.length !== facilityIds.length) throw new NotFoundError("facility");
  const problem = recordDateProblem(input.date, {
    today: todayIn(timeZoneOfRegion(district.code)),
    openedOn: facilities.map((facility) => facility.openedOn),
    allowFuture: input.status === "PLANNED",
  });
  if (problem?.messageKey === "errors.dateInFuture")
    throw new ValidationError("errors.activityFuturePlanned", "date", problem.values);
  if (problem) throw new ValidationError(problem.messageKey, "date", problem.values);
  return facilityIds;
}

const columns = (input: Omit<Fields, "districtCode" | "facilityIds">) => ({
  type: input.type,
  typeNote: input.typeNote ?? null,
  title: input.title,
  date: input.date,
  status: input.status,
  place: input.place ?? null,
  participantCount: input.participantCount ?? null,
  note: input.note ?? null,
});

/** Logs an activity (done, or planned for a later date) of a district with the facilities that took part. */
export async function createActivity(ctx: Ctx, input: Fields): Promise<{ id: string }> {
  const district = await requireDistrict(ctx, { code: input.districtCode }, "activity.write");
  const facilityIds = await checkedFacilities(ctx, district, input);
  const activity = await ctx.db.activity.create({
    data: { districtId: district.id, ...columns(input) },
    select: { id: true },
  });
  await ctx.db.activityFacility.createMany({
    data: facilityIds.map((facilityId) => ({ districtId: district.id, activityId: activity.id, facilityId })),
  });
  return activity;
}

/** An activity the user may change: not voided (unless `voided` allows it), in a district they plan for. */
async function editableActivity(ctx: Ctx, id: string, options: { voided?: boolean } = {}) {
  const activity = await ctx.db.activity.findFirst({
    where: { id },
    include: { facilities: { select: { facilityId: true } } },
  });
  if (!activity) throw new NotFoundError("activity");
  const district = await requireDistrict(ctx, { id: activity.districtId }, "activity.write");
  if (activity.voidedAt && !options.voided) throw new ValidationError("errors.recordVoided");
  return { activity, district };
}

/** The values a correction or void keeps, as they stood before it. */
function snapshot(activity: Awaited<ReturnType<typeof editableActivity>>["activity"]): Prisma.InputJsonObject {
  return {
    type: activity.type,
    typeNote: activity.typeNote,
    title: activity.title,
    date: toIsoDate(activity.date),
    status: activity.status,
    place: activity.place,
    participantCount: activity.participantCount,
    note: activity.note,
    facilityIds: activity.facilities.map((link) => link.facilityId),
    version: activity.version,
  };
}

/** Bumps the version only if nobody saved since the form was opened; otherwise tells who did. */
async function claimVersion(
  ctx: Ctx,
  activity: { id: string; districtId: string },
  version: number,
  data: Prisma.ActivityUpdateManyMutationInput,
): Promise<void> {
  const updated = await ctx.db.activity.updateMany({
    where: { id: activity.id, districtId: activity.districtId, version, voidedAt: null },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count === 0) throw await conflictFromAudit(ctx.db, "Activity", activity.id);
}

/**
 * Edits an activity: the new values replace the old. The audit log keeps every edit's
 * before and after; when the planner gives a reason, the old values are also kept as a
 * correction shown with the activity (for facts recorded in the past).
 */
export async function correctActivity(
  ctx: Ctx,
  input: z.output<typeof ZCorrectActivity>,
): Promise<{ version: number }> {
  const { activity, district } = await editableActivity(ctx, input.id);
  const facilityIds = await checkedFacilities(ctx, district, input);
  if (input.reason)
    await recordCorrection(ctx, {
      districtId: activity.districtId,
      entity: "ACTIVITY",
      recordId: activity.id,
      kind: "CORRECTED",
      reason: input.reason,
      previous: snapshot(activity),
    });
  await claimVersion(ctx, activity, input.version, columns(input));
  await ctx.db.activityFacility.deleteMany({
    where: { activityId: activity.id, districtId: activity.districtId, facilityId: { notIn: facilityIds } },
  });
  await ctx.db.activityFacility.createMany({
    data: facilityIds.map((facilityId) => ({ districtId: activity.districtId, activityId: activity.id, facilityId })),
    skipDuplicates: true,
  });
  return { version: input.version + 1 };
}

/** Voids an activity: it stays, marked "dibatalkan" with who, when and why, and counts nowhere. */
export async function voidActivity(ctx: Ctx, input: z.output<typeof ZVoidActivity>): Promise<void> {
  const { activity } = await editableActivity(ctx, input.id);
  await recordCorrection(ctx, {
    districtId: activity.districtId,
    entity: "ACTIVITY",
    recordId: activity.id,
    kind: "VOIDED",
    reason: input.reason,
    previous: snapshot(activity),
  });
  await claimVersion(ctx, activity, input.version, { voidedAt: new Date() });
}

/** Marks a planned activity done, once its date has come in the district's time zone. */
export async function completeActivity(
  ctx: Ctx,
  input: z.output<typeof ZCompleteActivity>,
): Promise<{ version: number }> {
  const { activity, district } = await editableActivity(ctx, input.id);
  if (activity.status !== "PLANNED") throw new ValidationError("errors.activityNotPlanned");
  const today = todayIn(timeZoneOfRegion(district.code));
  if (activity.date > today)
    throw new ValidationError("errors.activityNotYetDue", "date", { date: toIsoDate(activity.date) });
  await claimVersion(ctx, activity, input.version, { status: "DONE" });
  return { version: input.version + 1 };
}

/**
 * Deletes an activity with its facility links and attachments, if nobody saved it since
 * the planner looked (the form asked for confirmation). The audit trigger keeps the
 * deleted rows' images, so the log still tells what was there.
 */
export async function deleteActivity(ctx: Ctx, input: z.output<typeof ZDeleteActivity>): Promise<void> {
  const { activity } = await editableActivity(ctx, input.id, { voided: true });
  const deleted = await ctx.db.activity.deleteMany({
    where: { id: activity.id, districtId: activity.districtId, version: input.version },
  });
  if (deleted.count === 0) throw await conflictFromAudit(ctx.db, "Activity", activity.id);
}
