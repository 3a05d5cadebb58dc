import { z } from "zod";
import { isPeriod } from "@/lib/dates/periods";
import { zText } from "@/lib/validation/text";
import { TEXT_VALUE_MAX, VALUE_TYPES } from "./values";

export { VALUE_TYPES };

export const ZPeriod = z.string({ error: "monthly.errors.period" }).trim().refine(isPeriod, "monthly.errors.period");

const ZValueEntry = z.object({
  elementId: z.uuid("monthly.errors.unknownElement"),
  /** As typed; read by the element's type in the service (checkValue). Empty = not entered. */
  value: z.string().max(TEXT_VALUE_MAX + 20, "errors.tooLong"),
  explanation: zText({ max: 500 }).optional(),
});

/** Save a puskesmas' report for a month as a draft, or submit it; `version` 0 for a report not yet saved. */
export const ZSaveReport = z.object({
  puskesmasId: z.uuid("errors.notFound"),
  dataSetId: z.uuid("errors.notFound"),
  period: ZPeriod,
  values: z.array(ZValueEntry).max(200, "errors.tooLong"),
  submit: z.boolean(),
  version: z.number().int().min(0),
});
export type TSaveReport = z.input<typeof ZSaveReport>;

/** A planner approves a submitted report, or returns it with a comment. */
export const ZReviewReport = z
  .object({
    reportId: z.uuid("errors.notFound"),
    decision: z.enum(["APPROVE", "RETURN"], "monthly.errors.decision"),
    comment: zText({ max: 500, multiline: true }).optional(),
    version: z.number().int().min(1),
  })
  .refine((input) => input.decision !== "RETURN" || Boolean(input.comment), {
    message: "monthly.errors.commentRequired",
    path: ["comment"],
  });
export type TReviewReport = z.input<typeof ZReviewReport>;

/** A planner reopens an approved report, with the reason (audited). */
export const ZReopenReport = z.object({
  reportId: z.uuid("errors.notFound"),
  reason: zText({ max: 500, min: 1, multiline: true, requiredKey: "monthly.errors.reasonRequired" }),
  version: z.number().int().min(1),
});
export type TReopenReport = z.input<typeof ZReopenReport>;

/** A district's own due day for a data set (day of the following month). */
export const ZSetDueDay = z.object({
  districtCode: z
    .string()
    .trim()
    .regex(/^\d{2}\.\d{2}$/, "errors.regionCodeShort"),
  dataSetId: z.uuid("errors.notFound"),
  dueDay: z.number().int("monthly.errors.dueDay").min(1, "monthly.errors.dueDay").max(28, "monthly.errors.dueDay"),
});
export type TSetDueDay = z.input<typeof ZSetDueDay>;

const ZLimit = z.number().finite().min(-1e9).max(1e9).nullable();

/** An element's definition as a national admin writes it (without its code and data set). */
const ELEMENT_FIELDS = {
  nameId: zText({ max: 200, min: 1 }),
  nameEn: zText({ max: 200, min: 1 }),
  definition: zText({ max: 500, min: 1 }),
  source: zText({ max: 500, min: 1 }),
  min: ZLimit,
  max: ZLimit,
  required: z.boolean(),
};
const limitsInOrder = (input: { min: number | null; max: number | null }) =>
  input.min === null || input.max === null || input.min <= input.max;
const ZClusterId = z.number().int("errors.notFound").min(1, "errors.notFound").max(5, "errors.notFound").nullable();

/**
 * A national admin changes an element's definition; a version already used is kept and a new one written.
 * `valueType` and `clusterId` left out keep the element's own.
 */
export const ZUpdateElement = z
  .object({
    elementId: z.uuid("errors.notFound"),
    ...ELEMENT_FIELDS,
    valueType: z.enum(VALUE_TYPES, "monthly.errors.valueType").optional(),
    clusterId: ZClusterId.optional(),
    headline: z.boolean().optional(),
  })
  .refine(limitsInOrder, { message: "monthly.errors.limits", path: ["max"] });
export type TUpdateElement = z.input<typeof ZUpdateElement>;

const ZDefinitionCode = z
  .string()
  .trim()
  .regex(/^[A-Z][A-Z0-9_]{1,31}$/, "monthly.errors.code");

/** A national admin adds an element to a data set. */
export const ZCreateElement = z
  .object({
    dataSetId: z.uuid("errors.notFound"),
    code: ZDefinitionCode,
    ...ELEMENT_FIELDS,
    valueType: z.enum(VALUE_TYPES, "monthly.errors.valueType"),
    clusterId: ZClusterId,
    headline: z.boolean(),
  })
  .refine(limitsInOrder, { message: "monthly.errors.limits", path: ["max"] });
export type TCreateElement = z.input<typeof ZCreateElement>;

const ZDueDay = z
  .number()
  .int("monthly.errors.dueDay")
  .min(1, "monthly.errors.dueDay")
  .max(28, "monthly.errors.dueDay");

/** A national admin adds a data set (monthly), its names and its default due day. */
export const ZCreateDataSet = z.object({
  code: ZDefinitionCode,
  nameId: zText({ max: 200, min: 1 }),
  nameEn: zText({ max: 200, min: 1 }),
  dueDay: ZDueDay,
});
export type TCreateDataSet = z.input<typeof ZCreateDataSet>;

/** A national admin renames a data set or changes its default due day (a district may still set its own). */
export const ZUpdateDataSet = z.object({
  dataSetId: z.uuid("errors.notFound"),
  nameId: zText({ max: 200, min: 1 }),
  nameEn: zText({ max: 200, min: 1 }),
  dueDay: ZDueDay,
});
export type TUpdateDataSet = z.input<typeof ZUpdateDataSet>;
