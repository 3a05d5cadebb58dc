import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Ctx } from "@/lib/server/scoped-db";

// Several reads in one statement, one round trip: each read's rows come back as
// a JSON array (numbers, strings, booleans and nulls as they are; no Date objects).

const NAME = /^[a-z][A-Za-z0-9]*$/;

/** The rows of `sql` as one JSON array, in `order` (an expression over the rows, alias x) when given. */
export function jsonRows(sql: Prisma.Sql, order?: string): Prisma.Sql {
  return Prisma.sql`(SELECT coalesce(json_agg(x${Prisma.raw(order ? ` ORDER BY ${order}` : "")}), '[]'::json) FROM (${sql}) x)`;
}

/** Each part's rows, by name, from one statement; a null part has none (and no statement is sent when all are). */
export async function queryTogether<T extends Record<string, unknown[]>>(
  ctx: Ctx,
  parts: { [K in keyof T]: Prisma.Sql | null },
): Promise<T> {
  const names = Object.keys(parts) as (keyof T & string)[];
  for (const name of names) if (!NAME.test(name)) throw new RangeError(`not a part name: ${name}`);
  const asked = names.filter((name) => parts[name] !== null);
  if (asked.length === 0) return Object.fromEntries(names.map((name) => [name, []])) as unknown as T;
  const columns = asked.map((name) => Prisma.sql`${jsonRows(parts[name]!)} AS ${Prisma.raw(`"${name}"`)}`);
  const [row] = await ctx.db.$queryRaw<[Partial<T>]>`SELECT ${Prisma.join(columns, ", ")}`;
  return Object.fromEntries(names.map((name) => [name, row?.[name] ?? []])) as unknown as T;
}
