import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { ZIsoDate } from "@/lib/facilities/stage-schemas";

export const ACTIVITY_TYPES = ["SOSIALISASI", "PELATIHAN", "KAJI_BANDING", "PENYULUHAN"] as const;

export const ZCreateActivity = z.object({
  /** Names the district; the server checks the user may plan for it. */
  districtCode: z.string().trim().regex(/^\d{2}\.\d{2}$/, "errors.regionCodeShort"),
  type: z.enum(ACTIVITY_TYPES, "errors.required"),
  title: zText({ max: 300, min: 1 }),
  date: ZIsoDate,
  place: zText({ max: 300 }).optional(),
  participantCount: z.number().int("errors.wholeNumber").min(0, "errors.wholeNumber").max(1_000_000, "errors.tooLarge").optional(),
  note: zText({ max: 2000, multiline: true }).optional(),
  facilityIds: z.array(z.uuid("errors.notFound")).max(1000, "errors.tooLarge").default([]),
});
export type TCreateActivity = z.input<typeof ZCreateActivity>;
