import { z } from "zod";
import { ZReason } from "@/lib/corrections/schemas";
import { ZIsoDate } from "@/lib/dates/schema";
import { zText } from "@/lib/validation/text";
import { TARGET_KINDS } from "@/lib/enums";

export { TARGET_KINDS };

const ZTargetFields = z.object({
  targetCount: z
    .number({ error: "errors.wholeNumber" })
    .int("errors.wholeNumber")
    .min(1, "errors.targetPositive")
    .max(1_000_000, "errors.tooLarge"),
  deadline: ZIsoDate,
  note: zText({ max: 1000, multiline: true }).optional(),
});

export const ZCreateTarget = ZTargetFields.extend({
  districtCode: z
    .string()
    .trim()
    .regex(/^\d{2}\.\d{2}$/, "errors.regionCodeShort"),
  year: z.number().int().min(2023, "errors.yearRange").max(2100, "errors.yearRange"),
  kind: z.enum(TARGET_KINDS, "errors.required"),
});
export type TCreateTarget = z.input<typeof ZCreateTarget>;

/** A correction of a target: the new values, the version they were based on, and why. */
export const ZUpdateTarget = ZTargetFields.extend({
  id: z.uuid("errors.notFound"),
  version: z.number().int().min(1),
  reason: ZReason,
});
export type TUpdateTarget = z.input<typeof ZUpdateTarget>;

export const ZVoidTarget = z.object({
  id: z.uuid("errors.notFound"),
  version: z.number().int().min(1),
  reason: ZReason,
});
export type TVoidTarget = z.input<typeof ZVoidTarget>;
