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
    return {
      adminUrl: process.env.DATABASE_URL,
      label: `DATABASE_URL (${new URL(process.env.DATABASE_URL).host})`,
      stop: async () => {},
    };
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
  await onAdminDatabase(adminUrl, (client) =>
    client.query(`DROP DATABASE IF EXISTS "${databaseName(databaseUrl)}" WITH (FORCE)`),
  );
}

/** The name of the database in `url`. */
export const databaseName = (url: string) => decodeURIComponent(new URL(url).pathname.slice(1));

async function onAdminDatabase<T>(adminUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const admin = new URL(adminUrl);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * Readies a migrated, seeded database as a template. VACUUM (FREEZE, ANALYZE) first:
 * a clone copies the pages as they are, so without it every clone would start with no
 * planner statistics and would set the hint bits of every freshly seeded row again
 * (autovacuum never gets to it in a database that lives for a few seconds). Then
 * nobody may connect to it any more, since `CREATE DATABASE … TEMPLATE` refuses a
 * template in use.
 */
export async function sealTemplate(adminUrl: string, templateUrl: string): Promise<void> {
  const client = new pg.Client({ connectionString: templateUrl });
  await client.connect();
  try {
    await client.query("VACUUM (FREEZE, ANALYZE)");
  } finally {
    await client.end();
  }
  await onAdminDatabase(adminUrl, (client) =>
    client.query(`ALTER DATABASE "${databaseName(templateUrl)}" WITH ALLOW_CONNECTIONS false`),
  );
}

/**
 * A new database with everything in the template: `<template>_<random>`. Row-level
 * security, grants to the app role and the seeded rows all come along; roles are
 * cluster-wide, and PUBLIC keeps its CONNECT on a new database.
 */
export async function cloneDatabase(adminUrl: string, templateUrl: string): Promise<string> {
  const url = new URL(templateUrl);
  const name = `${databaseName(templateUrl)}_${crypto.randomBytes(4).toString("hex")}`;
  url.pathname = `/${name}`;
  await onAdminDatabase(adminUrl, (client) =>
    client.query(`CREATE DATABASE "${name}" TEMPLATE "${databaseName(templateUrl)}"`),
  );
  return url.toString();
}

/** Drops the template and any of its clones still there (a test worker that crashed leaves its clone). */
export async function dropTemplateAndClones(adminUrl: string, templateUrl: string): Promise<void> {
  const template = databaseName(templateUrl);
  await onAdminDatabase(adminUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(
      "SELECT datname FROM pg_database WHERE datname = $1 OR starts_with(datname, $1 || '_')",
      [template],
    );
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
  });
}
