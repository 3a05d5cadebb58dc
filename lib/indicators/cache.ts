import "server-only";
import type { Ctx } from "@/lib/server/scoped-db";

// Per-district figures (the comparisons' raw indicator rows, the district
// dashboard), kept in this process and keyed by the district's data version in PostgreSQL (DistrictDataVersion, raised by a trigger
// on every write). A request reads the versions first, so after any write –
// through this instance or another – the district's entry misses and is
// recomputed: no instance ever serves figures older than the database's.
// Districts are tenants; an entry is only ever handed to a request whose scope
// has already been checked to read that district. Entries are shared: callers must not mutate them.

const MAX_ENTRIES = 5_000;
const entries = new Map<string, unknown>();

/** The current data version of each district (0 for one never written since the versions began). */
export async function districtVersions(ctx: Ctx, ids: string[]): Promise<Map<string, string>> {
  const rows = await ctx.db.$queryRaw<{ districtId: string; version: string }[]>`
    SELECT "districtId"::text AS "districtId", version::text AS version FROM "DistrictDataVersion" WHERE "districtId" = ANY(${ids}::uuid[])`;
  const versions = new Map(ids.map((id) => [id, "0"]));
  for (const row of rows) versions.set(row.districtId, row.version);
  return versions;
}

/**
 * The entries for `ids` under `keyOf(id)`, computing the missing ones in one call
 * to `compute` (which gets only the districts that missed).
 */
export async function cachedPerDistrict<T>(
  ids: string[],
  keyOf: (id: string) => string,
  compute: (missing: string[]) => Promise<Map<string, T>>,
): Promise<Map<string, T>> {
  // The benchmark turns it off to time the queries behind a page (PANTAU_FIGURES_CACHE=off).
  if (process.env.PANTAU_FIGURES_CACHE === "off") return compute(ids);
  const found = new Map<string, T>();
  const missing: string[] = [];
  for (const id of ids) {
    const key = keyOf(id);
    if (entries.has(key)) {
      const value = entries.get(key) as T;
      entries.delete(key); // re-inserted: the Map's order is the recency order
      entries.set(key, value);
      found.set(id, value);
    } else missing.push(id);
  }
  if (missing.length > 0) {
    const computed = await compute(missing);
    for (const id of missing) {
      const value = computed.get(id)!;
      found.set(id, value);
      entries.set(keyOf(id), value);
    }
    while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  }
  return found;
}
