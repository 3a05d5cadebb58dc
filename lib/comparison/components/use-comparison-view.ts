"use client";

import { useSearchParams } from "next/navigation";
import { parseComparisonView, type TComparisonView } from "../table";

/**
 * The table's and charts' state, read from the URL and written back to it
 * (pushState, so back and forward step through sorts and filters). `prefix`
 * keeps two tables on one page apart (the national page's district table).
 */
export function useComparisonView(prefix = "") {
  const params = useSearchParams();
  const own = new URLSearchParams();
  for (const key of ["urut", "arah", "cari", "status", "ind", "hal"]) {
    const value = params.get(`${prefix}${key}`);
    if (value !== null) own.set(key, value);
  }
  const view = parseComparisonView(own);
  const update = (change: Partial<TComparisonView>, options: { replace?: boolean } = {}) => {
    const next = new URLSearchParams(params.toString());
    // A new sort or filter starts again at the first page.
    if (!("hal" in change)) next.delete(`${prefix}hal`);
    for (const [key, value] of Object.entries(change)) {
      if (value === undefined || value === "") next.delete(`${prefix}${key}`);
      else next.set(`${prefix}${key}`, String(value));
    }
    const url = `${window.location.pathname}${next.size ? `?${next}` : ""}`;
    if (options.replace) window.history.replaceState(null, "", url);
    else window.history.pushState(null, "", url);
  };
  /** The view as export parameters, so the file holds what the user sees. */
  const exportQuery = (extra: Record<string, string>) => {
    const query = new URLSearchParams(extra);
    query.set("urut", view.urut);
    query.set("arah", view.arah);
    if (view.cari) query.set("cari", view.cari);
    if (view.status) query.set("status", view.status);
    return query.toString();
  };
  return { view, update, exportQuery };
}
