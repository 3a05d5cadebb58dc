import { z } from "zod";
import { ZIsoDate } from "@/lib/dates";

// Messages are catalogue keys (messages/*.json → errors.*), rendered in the user's language.
export const ZCreateFacility = z.object({
  type: z.enum(["PUSKESMAS", "PUSTU", "POSYANDU"]),
  code: z.string({ error: "errors.required" }).trim().min(1, "errors.required").max(32, "errors.tooLong"),
  name: z.string({ error: "errors.required" }).trim().min(1, "errors.required").max(200, "errors.tooLong"),
  kecamatanCode: z.string().trim().optional(),
  desaCode: z.string().trim().optional(),
  parentId: z.uuid().optional(),
  hasInpatient: z.boolean().optional(),
  aliases: z.array(z.string().trim().min(1).max(200)).max(10).default([]),
});
export type TCreateFacility = z.input<typeof ZCreateFacility>;

export const ZCreateRegion = z.object({
  code: z.string({ error: "errors.required" }).trim().min(1, "errors.required"),
  name: z.string({ error: "errors.required" }).trim().min(1, "errors.required").max(200, "errors.tooLong"),
});
export type TCreateRegion = z.input<typeof ZCreateRegion>;

const ZOptionalIsoDate = ZIsoDate.nullable().optional();

/** A new facility from the planner's form: the district is named by code and checked on the server. */
export const ZCreateFacilityInDistrict = ZCreateFacility.extend({
  districtCode: z.string().trim().regex(/^\d{2}\.\d{2}$/, "errors.regionCodeShort"),
});
export type TCreateFacilityInDistrict = z.input<typeof ZCreateFacilityInDistrict>;

export const ZUpdateFacility = z.object({
  id: z.uuid("errors.notFound"),
  version: z.number().int().min(1),
  name: z.string({ error: "errors.required" }).trim().min(1, "errors.required").max(200, "errors.tooLong"),
  aliases: z.array(z.string().trim().min(1).max(200, "errors.tooLong")).max(10, "errors.tooLarge").default([]),
  desaCode: z.string().trim().regex(/^\d{2}\.\d{2}\.\d{2}\.\d{4}$/, "errors.desaCodeFormat").nullable().optional(),
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
