import "server-only";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import type { Ctx } from "@/lib/server/scoped-db";
import { withScope } from "@/lib/server/scoped-db";

// Per-district figures (the comparisons' raw indicator rows, the district dashboard),
// keyed by the district's data version in PostgreSQL (DistrictDataVersion, raised by a
// trigger on every write to district data). Two layers:
// - DistrictFigureSnapshot: the computed rows in the database, shared by every app
//   instance and kept across restarts. A national view after a restart, or after a
//   write in one district, reads 514 stored rows and recomputes only the districts
//   whose version moved.
// - this process's memory, in front of it.
// A request reads the versions first, so after any write – through this instance or
// another – the district's entry misses and is recomputed: nothing older than the
// database is ever served. Districts are tenants; an entry is only ever handed to a
// request whose scope has already been checked to read that district (and row-level
// security binds the snapshot table too). Entries are shared: callers must not mutate them.

const MAX_ENTRIES = 5_000;
const entries = new Map<string, unknown>();
const inFlight = new Map<string, Promise<unknown>>();

/**
 * Which layers are on (PANTAU_FIGURES_CACHE): unset, both; `database`, the stored
 * snapshots only (what a fresh instance meets); `off`, none (the benchmark's bare cost).
 */
function layers(): { memory: boolean; database: boolean } {
  const setting = process.env.PANTAU_FIGURES_CACHE;
  return { memory: !setting, database: setting !== "off" };
}

/**
 * Snapshots are valid for the code that computed them: the production build's id, so a
 * deploy recomputes once; elsewhere (dev, tests) this process alone.
 */
const BUILD = productionBuildId() ?? `process-${crypto.randomUUID()}`;

function productionBuildId(): string | null {
  if (process.env.NODE_ENV !== "production") return null;
  try {
    return `build-${fs.readFileSync(path.join(process.cwd(), ".next", "BUILD_ID"), "utf8").trim()}`;
  } catch {
    return null;
  }
}

/** The current data version of each district (0 for one never written since the versions began). */
export async function districtVersions(ctx: Ctx, ids: string[]): Promise<Map<string, string>> {
  const rows = await ctx.db.$queryRaw<{ districtId: string; version: string }[]>`
    SELECT "districtId"::text AS "districtId", version::text AS version FROM "DistrictDataVersion" WHERE "districtId" = ANY(${ids}::uuid[])`;
  const versions = new Map(ids.map((id) => [id, "0"]));
  for (const row of rows) versions.set(row.districtId, row.version);
  return versions;
}

/**
 * The figures of `ids` under `key` (what was computed, e.g. "comparison|2026-11-30|…";
 * the same for every district), each valid at its district's version in `versions`:
 * from memory, else from the stored snapshots, else computed in one call to `compute`
 * (which gets only the districts that missed) and stored for the next request.
 */
export async function cachedPerDistrict<T>(
  ctx: Ctx,
  ids: string[],
  key: string,
  versions: Map<string, string>,
  compute: (missing: string[]) => Promise<Map<string, T>>,
): Promise<Map<string, T>> {
  const on = layers();
  if (!on.memory && !on.database) return compute(ids);
  const storedKey = `${key}|${BUILD}`;
  const memoryKey = (id: string) => `${id}|${versions.get(id)}|${storedKey}`;
  const found = new Map<string, T>();
  let missing: string[] = [];
  for (const id of ids) {
    const hit = on.memory ? (entries.get(memoryKey(id)) as T | undefined) : undefined;
    if (hit === undefined) missing.push(id);
    else {
      entries.delete(memoryKey(id)); // re-inserted: the Map's order is the recency order
      entries.set(memoryKey(id), hit);
      found.set(id, hit);
    }
  }
  if (missing.length > 0 && on.database) {
    const stored = await readSnapshots<T>(ctx, missing, storedKey, versions);
    for (const [id, value] of stored) found.set(id, value);
    missing = missing.filter((id) => !stored.has(id));
  }
  if (missing.length > 0) {
    // What another request of this process is computing already, this one awaits (a write in a
    // district makes every reader miss at once); should that fail, it computes it itself.
    const awaited = new Map(
      missing.flatMap((id) => {
        const pending = inFlight.get(memoryKey(id)) as Promise<T> | undefined;
        return pending ? [[id, pending] as const] : [];
      }),
    );
    const own = missing.filter((id) => !awaited.has(id));
    const computing = own.length > 0 ? compute(own) : Promise.resolve(new Map<string, T>());
    for (const id of own) {
      const one = computing.then((computed) => computed.get(id)!);
      one.catch(() => {}); // its failure reaches this request through `computing`
      inFlight.set(memoryKey(id), one);
    }
    try {
      const computed = await computing;
      for (const id of own) found.set(id, computed.get(id)!);
      if (own.length > 0 && on.database) storeSnapshots(ctx, own, storedKey, versions, computed);
    } finally {
      for (const id of own) inFlight.delete(memoryKey(id));
    }
    const failed: string[] = [];
    for (const [id, pending] of awaited) {
      const value = await pending.catch(() => undefined);
      if (value === undefined) failed.push(id);
      else found.set(id, value);
    }
    if (failed.length > 0) {
      const computed = await compute(failed);
      for (const id of failed) found.set(id, computed.get(id)!);
    }
  }
  if (on.memory) {
    for (const [id, value] of found) entries.set(memoryKey(id), value);
    while (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
  }
  return found;
}

async function readSnapshots<T>(
  ctx: Ctx,
  ids: string[],
  key: string,
  versions: Map<string, string>,
): Promise<Map<string, T>> {
  const rows = await ctx.db.$queryRaw<{ districtId: string; version: string; rows: string }[]>`
    SELECT "districtId"::text AS "districtId", version::text AS version, rows::text AS rows
    FROM "DistrictFigureSnapshot" WHERE "districtId" = ANY(${ids}::uuid[]) AND key = ${key}`;
  const stored = new Map<string, T>();
  for (const row of rows)
    if (row.version === versions.get(row.districtId)) stored.set(row.districtId, JSON.parse(row.rows, revive) as T);
  return stored;
}

const pendingWrites = new Set<Promise<void>>();

/**
 * Stores computed figures on the primary, after the request's own transaction (which
 * may be on a read-only replica) and without holding the request up. A snapshot never
 * replaces one of a newer version; one older than a week is pruned.
 */
function storeSnapshots<T>(
  ctx: Ctx,
  ids: string[],
  key: string,
  versions: Map<string, string>,
  computed: Map<string, T>,
): void {
  const write = withScope(ctx.scope, async ({ db }) => {
    await db.$executeRaw`
      INSERT INTO "DistrictFigureSnapshot" ("districtId", key, version, rows)
      SELECT t.id, ${key}, t.version, t.rows::jsonb
      FROM unnest(${ids}::uuid[], ${ids.map((id) => versions.get(id)!)}::bigint[], ${ids.map((id) => JSON.stringify(computed.get(id), tag))}::text[]) AS t(id, version, rows)
      ON CONFLICT ("districtId", key) DO UPDATE SET version = EXCLUDED.version, rows = EXCLUDED.rows, "computedAt" = now()
      WHERE "DistrictFigureSnapshot".version <= EXCLUDED.version`;
    await db.$executeRaw`
      DELETE FROM "DistrictFigureSnapshot" WHERE "districtId" = ANY(${ids}::uuid[]) AND "computedAt" < now() - interval '7 days'`;
  })
    .catch((error: unknown) => console.warn(`Figures not stored (they are computed again next time): ${String(error)}`))
    .finally(() => pendingWrites.delete(write));
  pendingWrites.add(write);
}

/** Resolves when every snapshot this process started storing is stored (tests; a graceful stop). */
export async function storedFigures(): Promise<void> {
  await Promise.all([...pendingWrites]);
}

/** Forgets this process's memory layer, as a restarted or second instance would (tests). */
export function forgetFiguresInMemory(): void {
  entries.clear();
}

// JSON keeps neither dates nor bigints: tag them on the way in, revive them on the way out.
function tag(this: Record<string, unknown>, name: string, value: unknown): unknown {
  const raw = this[name];
  if (raw instanceof Date) return { $date: raw.toISOString() };
  if (typeof raw === "bigint") return { $bigint: raw.toString() };
  return value;
}

function revive(_name: string, value: unknown): unknown {
  if (value && typeof value === "object" && !Array.isArray(value)) {
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    if (keys.length === 1 && typeof record.$date === "string") return new Date(record.$date);
    if (keys.length === 1 && typeof record.$bigint === "string") return BigInt(record.$bigint);
  }
  return value;
}
