import type { TPuskesmasFilters } from "./schemas";

/** The query string for a puskesmas list, leaving out defaults so URLs stay short. */
export function puskesmasListQuery(filters: TPuskesmasFilters, changes: Partial<TPuskesmasFilters> = {}): string {
  const merged = { ...filters, ...changes };
  const params = new URLSearchParams();
  if (merged.type !== "PUSKESMAS") params.set("type", merged.type);
  if (merged.q) params.set("q", merged.q);
  if (merged.stage) params.set("stage", merged.stage);
  if (merged.kecamatan) params.set("kecamatan", merged.kecamatan);
  if (merged.sort !== "name") params.set("sort", merged.sort);
  if (merged.dir !== "asc") params.set("dir", merged.dir);
  if (merged.page > 1) params.set("page", String(merged.page));
  const query = params.toString();
  return query ? `?${query}` : "";
}
