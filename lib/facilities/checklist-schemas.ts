import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { STAGES } from "@/lib/rollout/stages";

const blankToNull = (value: unknown) => (typeof value === "string" && value.trim() === "" ? null : (value ?? null));

const fields = {
  labelId: zText({ max: 300, min: 1 }),
  labelEn: zText({ max: 300, min: 1 }),
  /** Where the step comes from; empty: the district's own practice. */
  source: z.preprocess(blankToNull, zText({ max: 500 }).nullable()),
  sortOrder: z.number("errors.required").int().min(0).max(10_000),
  active: z.boolean(),
};

export const ZUpdateChecklistItem = z.object({
  id: z.uuid("errors.notFound"),
  version: z.number().int().min(1),
  ...fields,
});
export type TUpdateChecklistItem = z.input<typeof ZUpdateChecklistItem>;

export const ZCreateChecklistItem = z.object({
  code: z
    .string({ error: "errors.required" })
    .trim()
    .regex(/^[A-Z0-9_]{2,40}$/, "errors.checklistCode"),
  stage: z.enum(STAGES.filter((stage) => stage !== "BELUM") as [string, ...string[]], "errors.required"),
  facilityType: z.enum(["PUSKESMAS", "PUSTU", "POSYANDU"], "errors.required"),
  ...fields,
});
export type TCreateChecklistItem = z.input<typeof ZCreateChecklistItem>;
