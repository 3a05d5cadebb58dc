import { z } from "zod";
import { ZReason } from "@/lib/corrections/schemas";
import { ZIsoDate } from "@/lib/dates/schema";
import { zText } from "@/lib/validation/text";
import { ACTIVITY_ATTACHMENT_KINDS, ACTIVITY_STATUSES, ACTIVITY_TYPES } from "@/lib/enums";

export { ACTIVITY_ATTACHMENT_KINDS, ACTIVITY_STATUSES, ACTIVITY_TYPES };

/** What a planner records of an activity; the same on creation and on edit. */
const activityFields = {
  type: z.enum(ACTIVITY_TYPES, "errors.required"),
  /** What a "lainnya" activity was; required for it and dropped for every other type. */
  typeNote: zText({ max: 200 }).optional(),
  title: zText({ max: 300, min: 1 }),
  date: ZIsoDate,
  /** PLANNED may carry a future date; DONE may not. */
  status: z.enum(ACTIVITY_STATUSES, "errors.required").default("DONE"),
  place: zText({ max: 300 }).optional(),
  /** Absent: "peserta tidak diketahui", never counted as 0. */
  participantCount: z
    .number("errors.wholeNumber")
    .int("errors.wholeNumber")
    .min(0, "errors.wholeNumber")
    .max(1_000_000, "errors.tooLarge")
    .optional(),
  note: zText({ max: 2000, multiline: true }).optional(),
  facilityIds: z.array(z.uuid("errors.notFound")).max(1000, "errors.tooLarge").default([]),
};

/** "Lainnya" says what it was; the note of any other type is dropped. */
function typeNoteRule<T extends { type: string; typeNote?: string | undefined }>(value: T): T {
  if (value.type === "LAINNYA") return value;
  const rest = { ...value };
  delete rest.typeNote;
  return rest;
}
const requireTypeNote = (value: { type: string; typeNote?: string | undefined }, context: z.RefinementCtx) => {
  if (value.type === "LAINNYA" && !value.typeNote)
    context.addIssue({ code: "custom", message: "errors.activityTypeNoteRequired", path: ["typeNote"] });
};

export const ZCreateActivity = z
  .object({
    ...activityFields,
    /** Names the district; the server checks the user may plan for it. */
    districtCode: z
      .string()
      .trim()
      .regex(/^\d{2}\.\d{2}$/, "errors.regionCodeShort"),
  })
  .superRefine(requireTypeNote)
  .transform(typeNoteRule);
export type TCreateActivity = z.input<typeof ZCreateActivity>;

/**
 * An edit: the new values and the version they were based on. A reason is optional;
 * when given, the previous values are kept as a correction shown with the activity
 * (the audit log keeps every edit's before and after either way).
 */
export const ZCorrectActivity = z
  .object({
    ...activityFields,
    id: z.uuid("errors.notFound"),
    version: z.number().int().min(1),
    reason: ZReason.optional(),
  })
  .superRefine(requireTypeNote)
  .transform(typeNoteRule);
export type TCorrectActivity = z.input<typeof ZCorrectActivity>;

export const ZVoidActivity = z.object({
  id: z.uuid("errors.notFound"),
  version: z.number().int().min(1),
  reason: ZReason,
});
export type TVoidActivity = z.input<typeof ZVoidActivity>;

/** A delete names the version the planner saw (the form asked for confirmation). */
export const ZDeleteActivity = z.object({ id: z.uuid("errors.notFound"), version: z.number().int().min(1) });
export type TDeleteActivity = z.input<typeof ZDeleteActivity>;

/** A planned activity whose date has come is marked done. */
export const ZCompleteActivity = z.object({ id: z.uuid("errors.notFound"), version: z.number().int().min(1) });
export type TCompleteActivity = z.input<typeof ZCompleteActivity>;

/** An attachment's fields (the file itself is checked like stage evidence). */
export const ZAddActivityAttachment = z.object({
  activityId: z.uuid("errors.notFound"),
  kind: z.enum(ACTIVITY_ATTACHMENT_KINDS, "errors.required"),
});
export type TAddActivityAttachment = z.input<typeof ZAddActivityAttachment>;

export const ZRemoveActivityAttachment = z.object({ id: z.uuid("errors.notFound") });
export type TRemoveActivityAttachment = z.input<typeof ZRemoveActivityAttachment>;
