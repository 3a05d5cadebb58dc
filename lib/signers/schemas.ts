import { z } from "zod";
import { ZNip } from "@/lib/staffing/schemas";
import { zText } from "@/lib/validation/text";

/** An optional text of the form: empty means "not entered" (stored as null, printed as a marked blank line). */
const optionalText = (max: number) =>
  zText({ max })
    .optional()
    .transform((value) => value || null);

/**
 * The district's Dinas office as its letters name it. `version` is the one the
 * form was loaded with (0 while nothing is recorded), so two admins editing at
 * once cannot overwrite each other.
 */
export const ZDistrictOffice = z.object({
  districtCode: z
    .string()
    .trim()
    .regex(/^\d{2}\.\d{2}$/, "errors.regionCodeShort"),
  officeName: optionalText(200),
  place: optionalText(100),
  headName: optionalText(120),
  headNip: ZNip.transform((value) => value || null),
  headTitle: optionalText(200),
  version: z.number().int().min(0),
});
export type TDistrictOffice = z.input<typeof ZDistrictOffice>;

/**
 * A puskesmas' head, chosen from its own staff (null: none chosen). `previousHeadStaffId`
 * is the head the form showed; a head changed since is refused as a conflict.
 */
export const ZPuskesmasHead = z.object({
  puskesmasId: z.uuid("errors.notFound"),
  headStaffId: z.uuid("signers.errors.headNotStaff").nullable(),
  previousHeadStaffId: z.uuid("errors.notFound").nullable(),
});
export type TPuskesmasHead = z.input<typeof ZPuskesmasHead>;
