import "server-only";
import type { Ctx } from "@/lib/server/scoped-db";
import { HIDDEN_FIELDS, REFERENCE_FIELDS } from "./labels";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const DAY = /^(\d{4}-\d{2}-\d{2})T00:00:00(\.0+)?(Z|\+00:00)?$/;

export type AuditValue = string | number | boolean | null | { name: string } | string[];
export type AuditChange = { field: string; before: AuditValue | undefined; after: AuditValue | undefined };

type Image = Record<string, unknown> | null;
type RawRow = { entity: string; entityId: string | null; before: unknown; after: unknown };

const asImage = (value: unknown): Image =>
  value && typeof value === "object" && !Array.isArray(value) ? (value as Record<string, unknown>) : null;

/** Entities whose own id names a record the log can name. */
const SELF_NAMED = new Set(["Facility", "Staff", "Activity", "Kader", "user", "auth"]);

/**
 * The names of every record the rows refer to (their own ids and the id fields of their
 * images), read in one statement within the caller's scope: a record the caller
 * may not read keeps no name.
 */
export async function namesFor(ctx: Ctx, rows: RawRow[]): Promise<Map<string, string>> {
  const ids = new Set<string>();
  for (const row of rows) {
    if (row.entityId && UUID.test(row.entityId) && SELF_NAMED.has(row.entity)) ids.add(row.entityId);
    for (const image of [asImage(row.before), asImage(row.after)])
      for (const field of REFERENCE_FIELDS) {
        const value = image?.[field];
        if (typeof value === "string" && UUID.test(value)) ids.add(value);
      }
  }
  if (ids.size === 0) return new Map();
  // One statement with one array parameter: a national export names tens of thousands of ids.
  const named = await ctx.db.$queryRaw<Array<{ id: string; name: string }>>`
    WITH wanted AS (SELECT unnest(${[...ids]}::uuid[]) AS id)
    SELECT f.id::text, f.name FROM "Facility" f JOIN wanted USING (id)
    UNION ALL SELECT s.id::text, s.name FROM "Staff" s JOIN wanted USING (id)
    UNION ALL SELECT a.id::text, a.title FROM "Activity" a JOIN wanted USING (id)
    UNION ALL SELECT k.id::text, k.name FROM "Kader" k JOIN wanted USING (id)
    UNION ALL SELECT u.id::text, u.name || ' (' || u.username || ')' FROM "User" u JOIN wanted USING (id)
    UNION ALL SELECT r.id::text, r.name FROM "Region" r JOIN wanted USING (id)`;
  return new Map(named.map((row) => [row.id, row.name]));
}

/** What the row is about, in words: its own name or title, or the record it belongs to. */
export function objectName(row: RawRow, names: Map<string, string>): string | null {
  const image = asImage(row.after) ?? asImage(row.before);
  for (const field of ["name", "title", "username", "fileName"]) {
    const value = image?.[field];
    if (typeof value === "string" && value) return value;
  }
  if (row.entityId && names.has(row.entityId)) return names.get(row.entityId)!;
  for (const field of ["facilityId", "staffId", "activityId", "puskesmasId", "posyanduId", "userId"]) {
    const value = image?.[field];
    if (typeof value === "string" && names.has(value)) return names.get(value)!;
  }
  // A sign-in names the username tried, which may belong to nobody.
  if (row.entity === "auth" && row.entityId && !UUID.test(row.entityId)) return row.entityId;
  return null;
}

function readable(field: string, value: unknown, names: Map<string, string>): AuditValue | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value === "number" || typeof value === "boolean") return value;
  if (typeof value === "string") {
    if ((REFERENCE_FIELDS as readonly string[]).includes(field) && UUID.test(value))
      return { name: names.get(value) ?? "–" };
    return DAY.exec(value)?.[1] ?? value;
  }
  if (Array.isArray(value) && value.every((item) => typeof item === "string")) return value as string[];
  return JSON.stringify(value);
}

/**
 * The fields a row changed, each as before → after with ids named: every shown field
 * of an insert or delete, and only the changed ones of an update.
 */
export function changesOf(row: RawRow, names: Map<string, string>): AuditChange[] {
  const before = asImage(row.before);
  const after = asImage(row.after);
  const fields = [...new Set([...Object.keys(before ?? {}), ...Object.keys(after ?? {})])];
  return fields
    .filter((field) => !HIDDEN_FIELDS.has(field))
    .filter((field) => !before || !after || JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({
      field,
      before: before ? readable(field, before[field], names) : undefined,
      after: after ? readable(field, after[field], names) : undefined,
    }));
}
