import type { Prisma } from "@/lib/generated/prisma/client";

/**
 * Inserts many rows in one statement (ON CONFLICT DO NOTHING, so seeding again
 * changes nothing): thousands of demo rows in well under a second, where
 * createMany takes about a millisecond a row. Every row must carry the same
 * keys; columns left out take their defaults. `table` is a constant of the
 * seed, never user input.
 */
export async function insertRows(
  tx: Prisma.TransactionClient,
  table: string,
  rows: Record<string, unknown>[],
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0]!);
  const list = columns.map((column) => `"${column}"`).join(", ");
  await tx.$executeRawUnsafe(
    `INSERT INTO "${table}" (${list}) SELECT ${list} FROM jsonb_populate_recordset(NULL::"${table}", $1::jsonb) ON CONFLICT DO NOTHING`,
    JSON.stringify(rows),
  );
}
