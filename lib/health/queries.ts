import "server-only";
import { db } from "@/lib/server/db";
import { LedgerUnavailable } from "./readiness";

/** The applied migrations, through the one ledger function the app role may call (no scope: no district data). */
export async function appliedMigrations(): Promise<string[]> {
  try {
    const rows = await db().$queryRaw<{ name: string }[]>`SELECT applied_migration_names() AS name`;
    return rows.map((row) => row.name);
  } catch (error) {
    // 42883: the function does not exist yet, so its own migration is pending.
    if (sqlState(error) === "42883") throw new LedgerUnavailable("ledger function missing");
    throw error;
  }
}

/** PostgreSQL's SQLSTATE of a failed query, as Prisma's driver adapter reports it. */
function sqlState(error: unknown): string | undefined {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: { originalCode?: unknown } } } } | null)?.meta;
  const code = meta?.driverAdapterError?.cause?.originalCode;
  return typeof code === "string" ? code : undefined;
}
