import pg from "pg";
import { oneRow } from "./one-row";

/** What a backup records about its database: the newest applied migration and where evidence files live. */
export async function databaseFacts(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ name: string }>(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
       WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')`,
    );
    const names = new Set(tables.rows.map((row) => row.name));
    let newestMigration: string | null = null;
    if (names.has("_prisma_migrations")) {
      const { rows } = await client.query<{ name: string | null }>(
        `SELECT max(migration_name) AS name FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
      );
      newestMigration = oneRow(rows).name;
    }
    let inDatabase = 0;
    let inObjectStore = 0;
    if (names.has("EvidenceFile")) {
      const { rows } = await client.query<{ db: string; store: string }>(
        `SELECT count(*) FILTER (WHERE content IS NOT NULL) AS db, count(*) FILTER (WHERE "storageKey" IS NOT NULL) AS store FROM "EvidenceFile"`,
      );
      inDatabase = Number(oneRow(rows).db);
      inObjectStore = Number(oneRow(rows).store);
    }
    return { tableCount: names.size, newestMigration, inDatabase, inObjectStore };
  } finally {
    await client.end();
  }
}
