import { queryString } from "@/lib/server/url-params";
import type { TStaffFilters } from "./schemas";

const DEFAULTS = { status: "aktif", urut: "nama", hal: 1 };

/** The roster list's query string, so filters, sort and page live in the URL (back and forward work). */
export function staffListQuery(filters: TStaffFilters, overrides: Partial<TStaffFilters> = {}): string {
  const { cari, profesi, status, urut, hal } = { ...filters, ...overrides };
  return queryString({ cari, profesi, status, urut, hal }, DEFAULTS);
}
