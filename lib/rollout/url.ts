import { queryString } from "@/lib/server/url-params";
import type { TPuskesmasFilters } from "./schemas";

const DEFAULTS = { jenis: "PUSKESMAS", urut: "name", arah: "asc", hal: 1 };

/** The id of the puskesmas list's section on the district page: the page's own links and the list's paging land there. */
export const LIST_ANCHOR = "daftar";

/** The query string for a puskesmas list, leaving out defaults so URLs stay short. */
export function puskesmasListQuery(filters: TPuskesmasFilters, changes: Partial<TPuskesmasFilters> = {}): string {
  const { jenis, cari, tahap, kecamatan, urut, arah, hal } = { ...filters, ...changes };
  return queryString({ jenis, cari, tahap, kecamatan, urut, arah, hal }, DEFAULTS);
}
