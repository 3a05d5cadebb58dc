import { z } from "zod";
import { ZIsoDate } from "@/lib/dates/schema";
import { zText } from "@/lib/validation/text";
import { DATA_AREAS } from "@/lib/indicators/definitions";

/** Declare one data area of a district complete as of a date; `version` is the current declaration's, when one exists. */
export const ZDeclareComplete = z.object({
  districtCode: z
    .string()
    .trim()
    .regex(/^\d{2}\.\d{2}$/, "errors.regionCodeShort"),
  area: z.enum(DATA_AREAS, "completeness.errors.area"),
  completeAsOf: ZIsoDate,
  note: zText({ max: 500, multiline: true }).optional(),
  version: z.number().int().min(1).optional(),
});
export type TDeclareComplete = z.input<typeof ZDeclareComplete>;

export const ZWithdrawComplete = z.object({
  id: z.uuid("completeness.errors.notFound"),
  version: z.number().int().min(1),
});
export type TWithdrawComplete = z.input<typeof ZWithdrawComplete>;
