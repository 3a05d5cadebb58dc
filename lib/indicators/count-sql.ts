import "server-only";
import { toIsoDate } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import { openOn } from "@/lib/rollout/sql";
import type { Ctx } from "@/lib/server/scoped-db";
import type { CountSql, Registry } from "./definitions";

// The registry entries' own counts (IndicatorEntry.counts): all of them in one
// set-based query, each grouped by district, whatever the number of districts.

export type CountRow = { name: string; districtId: string; n: number };

const COUNT_NAME = /^[a-z][A-Za-z0-9]*$/;

/** Every count the registry's entries declare, by name; a name declared twice is a programming error. */
export function registryCounts(registry: Registry): Record<string, CountSql> {
  const counts: Record<string, CountSql> = {};
  for (const entry of registry)
    for (const [name, sql] of Object.entries(entry.counts ?? {})) {
      if (!COUNT_NAME.test(name) || name in counts)
        throw new RangeError(`indicator count "${name}" is invalid or taken`);
      counts[name] = sql;
    }
  return counts;
}

const inDistricts = (column: string, ids: string[] | null) =>
  ids === null ? Prisma.sql`TRUE` : Prisma.sql`${Prisma.raw(column)} = ANY(${ids}::uuid[])`;

/**
 * A count's SQL text with its helpers bound: each helper leaves a marker in the
 * text, replaced here by its fragment (values stay bound parameters).
 */
export function countQuery(sql: CountSql, ids: string[] | null, day: string): Prisma.Sql {
  const pieces: Prisma.Sql[] = [];
  const mark = (piece: Prisma.Sql) => `\u0000${pieces.push(piece) - 1}\u0000`;
  const text = sql({
    day: mark(Prisma.sql`${day}::date`),
    districts: (column) => mark(inDistricts(column, ids)),
    openOn: (alias) => mark(openOn(alias, day)),
  });
  const parts = text.split(/\u0000(\d+)\u0000/);
  const strings = parts.filter((_, index) => index % 2 === 0);
  const values = parts.filter((_, index) => index % 2 === 1).map((index) => pieces[Number(index)]!);
  return new Prisma.Sql(strings, values);
}

/** Each count per district on `asOf` (districts: `ids`, or all when null); no query when the registry declares none. */
export async function queryRegistryCounts(
  ctx: Ctx,
  counts: Record<string, CountSql>,
  ids: string[] | null,
  asOf: Date,
): Promise<CountRow[]> {
  const day = toIsoDate(asOf);
  const selects = Object.entries(counts).map(
    ([name, sql]) =>
      Prisma.sql`SELECT ${name}::text AS name, q."districtId"::text AS "districtId", (q.n)::int AS n FROM (${countQuery(sql, ids, day)}) q`,
  );
  if (selects.length === 0) return [];
  return ctx.db.$queryRaw<CountRow[]>`${Prisma.join(selects, " UNION ALL ")}`;
}
