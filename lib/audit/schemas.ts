import { z } from "zod";
import { isRealIsoDate } from "@/lib/dates";

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optionalText = (max: number) => z.preprocess(firstValue, z.string().trim().max(max).optional().catch(undefined));
const optionalDate = z.preprocess(firstValue, z.string().refine(isRealIsoDate).optional().catch(undefined));

/** Audit log filters from the URL; bad values fall back to "no filter". */
export const ZAuditFilters = z.object({
  action: optionalText(60),
  entity: optionalText(60),
  actor: optionalText(100),
  from: optionalDate,
  to: optionalDate,
  page: z.preprocess(firstValue, z.coerce.number().int().min(1).max(100_000).catch(1)).default(1),
});
export type TAuditFilters = z.infer<typeof ZAuditFilters>;
