import { z } from "zod";
import { ZReason } from "@/lib/corrections/schemas";
import { ZIsoDate } from "@/lib/dates";
import { zText } from "@/lib/validation/text";
import { ACTIVITY_STATUSES, ACTIVITY_TYPES } from "@/lib/enums";

export { ACTIVITY_STATUSES, ACTIVITY_TYPES };

/** What a planner records of an activity; the same on creation and on correction. */
const ZActivityFields = z.object({
  type: z.enum(ACTIVITY_TYPES, "errors.required"),
  title: zText({ max: 300, min: 1 }),
  date: ZIsoDate,
  /** PLANNED may carry a future date; DONE may not. */
  status: z.enum(ACTIVITY_STATUSES, "errors.required").default("DONE"),
  place: zText({ max: 300 }).optional(),
  participantCount: z
    .number("errors.wholeNumber")
    .int("errors.wholeNumber")
    .min(0, "errors.wholeNumber")
    .max(1_000_000, "errors.tooLarge")
    .optional(),
  note: zText({ max: 2000, multiline: true }).optional(),
  facilityIds: z.array(z.uuid("errors.notFound")).max(1000, "errors.tooLarge").default([]),
});

export const ZCreateActivity = ZActivityFields.extend({
  /** Names the district; the server checks the user may plan for it. */
  districtCode: z
    .string()
    .trim()
    .regex(/^\d{2}\.\d{2}$/, "errors.regionCodeShort"),
});
export type TCreateActivity = z.input<typeof ZCreateActivity>;

/** A correction: the new values, the version they were based on, and why. */
export const ZCorrectActivity = ZActivityFields.extend({
  id: z.uuid("errors.notFound"),
  version: z.number().int().min(1),
  reason: ZReason,
});
export type TCorrectActivity = z.input<typeof ZCorrectActivity>;

export const ZVoidActivity = z.object({
  id: z.uuid("errors.notFound"),
  version: z.number().int().min(1),
  reason: ZReason,
});
export type TVoidActivity = z.input<typeof ZVoidActivity>;

/** A planned activity whose date has come is marked done. */
export const ZCompleteActivity = z.object({ id: z.uuid("errors.notFound"), version: z.number().int().min(1) });
export type TCompleteActivity = z.input<typeof ZCompleteActivity>;
