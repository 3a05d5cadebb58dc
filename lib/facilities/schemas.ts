import { z } from "zod";

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
