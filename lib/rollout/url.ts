import type { TPuskesmasFilters } from "./schemas";

/** The id of the puskesmas list's section on the district page: the page's own links and the list's paging land there. */
export const LIST_ANCHOR = "daftar";

/** The query string for a puskesmas list, leaving out defaults so URLs stay short. */
export function puskesmasListQuery(filters: TPuskesmasFilters, changes: Partial<TPuskesmasFilters> = {}): string {
  const merged = { ...filters, ...changes };
  const params = new URLSearchParams();
  if (merged.jenis !== "PUSKESMAS") params.set("jenis", merged.jenis);
  if (merged.cari) params.set("cari", merged.cari);
  if (merged.tahap) params.set("tahap", merged.tahap);
  if (merged.kecamatan) params.set("kecamatan", merged.kecamatan);
  if (merged.urut !== "name") params.set("urut", merged.urut);
  if (merged.arah !== "asc") params.set("arah", merged.arah);
  if (merged.hal > 1) params.set("hal", String(merged.hal));
  const query = params.toString();
  return query ? `?${query}` : "";
}
