import { z } from "zod";
import { ZIsoDate } from "@/lib/dates/schema";
import { zText } from "@/lib/validation/text";
import { FACILITY_TYPES } from "@/lib/enums";

// Messages are catalogue keys (messages/*.json → errors.*), rendered in the user's language.
export const ZCreateFacility = z.object({
  type: z.enum(FACILITY_TYPES),
  code: zText({ max: 32, min: 1 }),
  name: zText({ max: 200, min: 1 }),
  kecamatanCode: zText({ max: 32 }).optional(),
  desaCode: zText({ max: 32 }).optional(),
  parentId: z.uuid().optional(),
  hasInpatient: z.boolean().optional(),
  aliases: z
    .array(zText({ max: 200, min: 1 }))
    .max(10, "errors.tooLarge")
    .default([]),
});
export type TCreateFacility = z.input<typeof ZCreateFacility>;

export const ZCreateRegion = z.object({
  code: zText({ max: 32, min: 1 }),
  name: zText({ max: 200, min: 1 }),
});
export type TCreateRegion = z.input<typeof ZCreateRegion>;

const ZOptionalIsoDate = ZIsoDate.nullable().optional();

/** A new facility from the planner's form: the district is named by code and checked on the server. */
export const ZCreateFacilityInDistrict = ZCreateFacility.extend({
  districtCode: z
    .string()
    .trim()
    .regex(/^\d{2}\.\d{2}$/, "errors.regionCodeShort"),
});
export type TCreateFacilityInDistrict = z.input<typeof ZCreateFacilityInDistrict>;

export const ZUpdateFacility = z.object({
  id: z.uuid("errors.notFound"),
  version: z.number().int().min(1),
  name: zText({ max: 200, min: 1 }),
  aliases: z
    .array(zText({ max: 200, min: 1 }))
    .max(10, "errors.tooLarge")
    .default([]),
  desaCode: z
    .string()
    .trim()
    .regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, "errors.desaCodeFormat")
    .nullable()
    .optional(),
  hasInpatient: z.boolean().nullable().optional(),
  openedOn: ZOptionalIsoDate,
  accompaniedSince: ZOptionalIsoDate,
  placementVerified: z.boolean().optional(),
});
export type TUpdateFacility = z.input<typeof ZUpdateFacility>;

export const ZCloseFacility = z.object({
  id: z.uuid("errors.notFound"),
  version: z.number().int().min(1),
  closedOn: ZIsoDate,
});
export type TCloseFacility = z.input<typeof ZCloseFacility>;
