import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { STAGES } from "@/lib/rollout/stages";

import { ZIsoDate } from "@/lib/dates";

export { ZIsoDate };

export const ZChangeStage = z.object({
  facilityId: z.uuid("errors.notFound"),
  toStage: z.enum(STAGES, "errors.required"),
  effectiveDate: ZIsoDate,
  note: zText({ max: 1000, min: 1, multiline: true, requiredKey: "errors.noteRequired" }),
  /** The facility's version when the form was opened (optimistic concurrency). */
  version: z.number().int().min(1),
});
export type TChangeStage = z.input<typeof ZChangeStage>;
