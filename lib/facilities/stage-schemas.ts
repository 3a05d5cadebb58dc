import { z } from "zod";
import { ZReason } from "@/lib/corrections/schemas";
import { zText } from "@/lib/validation/text";
import { STAGES } from "@/lib/rollout/stages";

import { ZIsoDate } from "@/lib/dates/schema";

export { ZIsoDate };

/** Empty form fields count as "not given". */
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : (value ?? undefined);

const ZStage = z.enum(STAGES, "errors.required");

export const DECREE_ISSUERS = ["BUPATI", "KEPALA_DINAS"] as const;

/** The decree naming a puskesmas ILP: all three parts, or none. */
export const ZDecreeFields = {
  decreeIssuer: z.preprocess(blankToUndefined, z.enum(DECREE_ISSUERS, "errors.decreeIssuer").optional()),
  decreeNumber: z.preprocess(blankToUndefined, zText({ max: 120, min: 1 }).optional()),
  decreeDate: z.preprocess(blankToUndefined, ZIsoDate.optional()),
};

/** A checklist item met, with optional evidence (a document number, a link, a short note). */
export const ZChecklistEntry = z.object({
  code: zText({ max: 40, min: 1, requiredKey: "errors.checklistUnknown" }),
  evidence: z.preprocess(blankToUndefined, zText({ max: 500 }).optional()),
});

export const ZChangeStage = z.object({
  facilityId: z.uuid("errors.notFound"),
  toStage: ZStage,
  effectiveDate: ZIsoDate,
  note: zText({ max: 1000, min: 1, multiline: true, requiredKey: "errors.noteRequired" }),
  /** The facility's version when the form was opened (optimistic concurrency). */
  version: z.number().int().min(1),
  checklist: z.array(ZChecklistEntry).max(50).default([]),
  ...ZDecreeFields,
});
export type TChangeStage = z.input<typeof ZChangeStage>;

/** A planner's answer to a head's proposal: verify it, or return it with a reason. */
export const ZReviewProposal = z
  .object({
    changeId: z.uuid("errors.notFound"),
    decision: z.enum(["VERIFY", "RETURN"], "errors.required"),
    reason: z.preprocess(blankToUndefined, zText({ max: 1000, multiline: true }).optional()),
  })
  .refine((input) => input.decision === "VERIFY" || Boolean(input.reason), {
    message: "errors.returnReasonRequired",
    path: ["reason"],
  });
export type TReviewProposal = z.input<typeof ZReviewProposal>;

/** A planner's correction of a verified entry: its stage and date as they should have been, and why. */
export const ZCorrectStageEntry = z.object({
  changeId: z.uuid("errors.notFound"),
  toStage: ZStage,
  effectiveDate: ZIsoDate,
  reason: ZReason,
  version: z.number().int().min(1),
  ...ZDecreeFields,
});
export type TCorrectStageEntry = z.input<typeof ZCorrectStageEntry>;

/** A planner's void of a verified entry that should never have been recorded. */
export const ZVoidStageEntry = z.object({
  changeId: z.uuid("errors.notFound"),
  reason: ZReason,
  version: z.number().int().min(1),
});
export type TVoidStageEntry = z.input<typeof ZVoidStageEntry>;
