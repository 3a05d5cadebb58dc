import { z } from "zod";
import { isRealIsoDate } from "@/lib/dates";
import { zOptionalFilter } from "@/lib/validation/text";

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optionalDate = z.preprocess(firstValue, z.string().refine(isRealIsoDate).optional().catch(undefined));

/** Audit log filters from the URL; bad values fall back to "no filter". */
export const ZAuditFilters = z.object({
  aksi: zOptionalFilter(60),
  entitas: zOptionalFilter(60),
  pelaku: zOptionalFilter(100),
  dari: optionalDate,
  sampai: optionalDate,
  hal: z.preprocess(firstValue, z.coerce.number().int().min(1).max(100_000).catch(1)).default(1),
});
export type TAuditFilters = z.infer<typeof ZAuditFilters>;
