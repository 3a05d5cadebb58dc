import crypto from "node:crypto";
import pg from "pg";
import { ensureDatabase, startEmbeddedPostgres } from "@/lib/db/embedded";

export type TestServer = { adminUrl: string; label: string; stop: () => Promise<void> };

/**
 * The PostgreSQL server tests run on: the one in DATABASE_URL when set (the CI
 * service, PostgreSQL 15), else an embedded PostgreSQL 18 kept apart from the
 * demo's data so both can run at once.
 */
export async function openTestServer(): Promise<TestServer> {
  if (process.env.DATABASE_URL) {
    return { adminUrl: process.env.DATABASE_URL, label: `DATABASE_URL (${new URL(process.env.DATABASE_URL).host})`, stop: async () => {} };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: process.env.TEST_EMBEDDED_PG_DIR || ".data/test-postgres",
    port: Number(process.env.TEST_EMBEDDED_PG_PORT || 54339),
    database: "postgres",
  });
  return { adminUrl: embedded.url, label: "embedded PostgreSQL", stop: embedded.stop };
}

/** Creates a fresh, empty database on the server and returns its URL. */
export async function createScratchDatabase(adminUrl: string, prefix = "pantau_test"): Promise<string> {
  const url = new URL(adminUrl);
  url.pathname = `/${prefix}_${crypto.randomBytes(4).toString("hex")}`;
  await ensureDatabase(url.toString());
  return url.toString();
}

export async function dropDatabase(adminUrl: string, databaseUrl: string): Promise<void> {
  const name = new URL(databaseUrl).pathname.slice(1);
  const admin = new URL(adminUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
