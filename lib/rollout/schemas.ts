import { z } from "zod";
import { zSearch } from "@/lib/validation/text";
import { STAGES } from "./stages";

export const PAGE_SIZE = 25;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** A facility list's filters (puskesmas unless `type` says otherwise), read from the URL so back and forward work. Bad values fall back to defaults. */
export const ZPuskesmasFilters = z.object({
  type: z.preprocess(firstValue, z.enum(["PUSKESMAS", "PUSTU", "POSYANDU"]).catch("PUSKESMAS")).default("PUSKESMAS"),
  q: zSearch(100),
  stage: z.preprocess(firstValue, z.enum(STAGES as [string, ...string[]]).optional().catch(undefined)),
  kecamatan: z.preprocess(firstValue, z.string().regex(/^\d{2}\.\d{2}\.\d{2}$/).optional().catch(undefined)),
  sort: z.preprocess(firstValue, z.enum(["name", "stage", "kecamatan"]).catch("name")).default("name"),
  dir: z.preprocess(firstValue, z.enum(["asc", "desc"]).catch("asc")).default("asc"),
  page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});
export type TPuskesmasFilters = z.infer<typeof ZPuskesmasFilters>;
