import { z } from "zod";
import { STAGES } from "@/lib/rollout/stages";

/** A calendar date from a form (YYYY-MM-DD), as midnight UTC. */
export const ZIsoDate = z
  .string({ error: "errors.required" })
  .regex(/^\d{4}-\d{2}-\d{2}$/, "errors.dateInvalid")
  .transform((value) => new Date(`${value}T00:00:00Z`))
  .refine((date) => !Number.isNaN(date.getTime()), "errors.dateInvalid");

export const ZChangeStage = z.object({
  facilityId: z.uuid("errors.notFound"),
  toStage: z.enum(STAGES as [string, ...string[]], "errors.required"),
  effectiveDate: ZIsoDate,
  note: z.string({ error: "errors.noteRequired" }).trim().min(1, "errors.noteRequired").max(1000, "errors.tooLong"),
  /** The facility's version when the form was opened (optimistic concurrency). */
  version: z.number().int().min(1),
});
export type TChangeStage = z.input<typeof ZChangeStage>;
