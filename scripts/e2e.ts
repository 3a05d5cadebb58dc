// `npm run test:e2e`: the browser tests against a production build on a scratch database:
// a fresh database on DATABASE_URL's server when set, else a separate embedded PostgreSQL.
// `--through-pgbouncer`: the app role's connections go through pgbouncer in transaction
// pooling mode (tests/support/pgbouncer.ts), and the run fails unless pgbouncer served them.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import pg from "pg";
import { enableAppRoleLogin } from "../lib/db/app-role";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { startPgBouncer, type PgBouncer } from "../tests/support/pgbouncer";
import { createScratchDatabase, databaseName, dropDatabase } from "../tests/support/test-database";

const throughPgBouncer = process.argv.includes("--through-pgbouncer");
const args = process.argv.slice(2).filter((arg) => arg !== "--through-pgbouncer");
const external = process.env.DATABASE_URL;
const env: NodeJS.ProcessEnv = { ...process.env };
let scratch: string | undefined;
let embedded: EmbeddedDatabase | undefined;
let bouncer: PgBouncer | undefined;
const E2E_DATA_DIR = ".data/e2e-postgres";
if (external) {
  scratch = await createScratchDatabase(external, "pantau_e2e");
  env.DATABASE_URL = scratch;
} else if (throughPgBouncer) {
  // Started here rather than by serve.ts, so pgbouncer can front it before the app starts.
  fs.rmSync(E2E_DATA_DIR, { recursive: true, force: true });
  embedded = await startEmbeddedPostgres({
    dataDir: E2E_DATA_DIR,
    port: Number(process.env.E2E_EMBEDDED_PG_PORT || 54349),
    database: "pantau_ilp",
  });
  env.DATABASE_URL = embedded.url;
} else {
  // A throw-away embedded cluster, so the run never touches the demo's data.
  env.EMBEDDED_PG_DIR = E2E_DATA_DIR;
  env.EMBEDDED_PG_PORT = process.env.E2E_EMBEDDED_PG_PORT || "54349";
  fs.rmSync(env.EMBEDDED_PG_DIR, { recursive: true, force: true });
}

// The role is cluster-wide: on a shared external server, keep the password the other test runs give it.
const appUser = { name: "pantau_app", password: process.env.APP_DB_PASSWORD || "pantau-app-local" };
if (throughPgBouncer) {
  await migrate(env.DATABASE_URL!);
  const direct = await enableAppRoleLogin(env.DATABASE_URL!, appUser.password);
  bouncer = await startPgBouncer({
    serverUrl: env.DATABASE_URL!,
    port: Number(process.env.E2E_PGBOUNCER_PORT || 64203),
    users: [appUser],
    poolSize: 2,
  });
  env.APP_DATABASE_URL = bouncer.through(direct);
  console.log(`The app role connects through pgbouncer (transaction pooling, 2 server connections) on ${bouncer.port}`);
}

const result = spawnSync("npx", ["playwright", "test", ...args], { stdio: "inherit", env });
let status = result.status ?? 1;
if (bouncer) {
  const served = await transactionsThrough(bouncer, databaseName(env.DATABASE_URL!));
  console.log(`pgbouncer served ${served} transactions of the app role`);
  if (status === 0 && served === 0) {
    console.error("✗ the app never connected through pgbouncer");
    status = 1;
  }
  await bouncer.stop();
}
await embedded?.stop();
if (scratch && external) await dropDatabase(external, scratch);
process.exit(status);

/** SHOW STATS on pgbouncer's console: the transactions it pooled for `database`. */
async function transactionsThrough(via: PgBouncer, database: string): Promise<number> {
  const client = new pg.Client({ connectionString: via.consoleUrl(appUser) });
  await client.connect();
  try {
    const { rows } = await client.query<{ database: string; total_xact_count: string }>("SHOW STATS");
    return Number(rows.find((row) => row.database === database)?.total_xact_count ?? 0);
  } finally {
    await client.end();
  }
}
