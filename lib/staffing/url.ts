import type { TStaffFilters } from "./schemas";

/** The roster list's query string, so filters, sort and page live in the URL (back and forward work). */
export function staffListQuery(filters: TStaffFilters, overrides: Partial<TStaffFilters> = {}): string {
  const merged = { ...filters, ...overrides };
  const params = new URLSearchParams();
  if (merged.cari) params.set("cari", merged.cari);
  if (merged.profesi) params.set("profesi", merged.profesi);
  if (merged.status !== "aktif") params.set("status", merged.status);
  if (merged.urut !== "nama") params.set("urut", merged.urut);
  if (merged.hal > 1) params.set("hal", String(merged.hal));
  const text = params.toString();
  return text ? `?${text}` : "";
}
