import { z } from "zod";
import { zSearch } from "@/lib/validation/text";
import { FACILITY_TYPES } from "@/lib/enums";
import { STAGES } from "./stages";

export const PAGE_SIZE = 25;

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);

/** A facility list's filters (puskesmas unless `jenis` says otherwise), read from the URL so back and forward work. Bad values fall back to defaults. */
export const ZPuskesmasFilters = z.object({
  jenis: z.preprocess(firstValue, z.enum(FACILITY_TYPES).catch("PUSKESMAS")).default("PUSKESMAS"),
  cari: zSearch(100),
  tahap: z.preprocess(firstValue, z.enum(STAGES).optional().catch(undefined)),
  kecamatan: z.preprocess(
    firstValue,
    z
      .string()
      .regex(/^\d{2}\.\d{2}\.\d{2}$/)
      .optional()
      .catch(undefined),
  ),
  urut: z.preprocess(firstValue, z.enum(["name", "stage", "kecamatan"]).catch("name")).default("name"),
  arah: z.preprocess(firstValue, z.enum(["asc", "desc"]).catch("asc")).default("asc"),
  hal: z.preprocess(firstValue, z.coerce.number().int().min(1).max(10_000).catch(1)).default(1),
});
export type TPuskesmasFilters = z.infer<typeof ZPuskesmasFilters>;
