import { z } from "zod";
import { isRealIsoDate } from "@/lib/dates";
import { zOptionalFilter } from "@/lib/validation/text";

const firstValue = (value: unknown) => (Array.isArray(value) ? value[0] : value);
const optionalDate = z.preprocess(firstValue, z.string().refine(isRealIsoDate).optional().catch(undefined));

/** The log's two tabs: data changes, and sign-ins (and sign-outs, lock-outs). */
export const AUDIT_TABS = ["perubahan", "masuk"] as const;

/** Audit log filters from the URL; bad values fall back to "no filter". */
export const ZAuditFilters = z.object({
  tampil: z.preprocess(firstValue, z.enum(AUDIT_TABS).catch("perubahan")).default("perubahan"),
  aksi: zOptionalFilter(60),
  entitas: zOptionalFilter(60),
  /** The person: part of their name or username. */
  pelaku: zOptionalFilter(100),
  /** The object: part of its name (facility, staff, activity title, kader, user). */
  objek: zOptionalFilter(100),
  dari: optionalDate,
  sampai: optionalDate,
  hal: z.preprocess(firstValue, z.coerce.number().int().min(1).max(100_000).catch(1)).default(1),
});
export type TAuditFilters = z.infer<typeof ZAuditFilters>;
