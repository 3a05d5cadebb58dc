// `npm test`: every check, in order, stopping at the first failure.
//   lint → typecheck → unit → integration on the embedded PostgreSQL 18
//   → integration on an external PostgreSQL (DATABASE_URL, or the local service)
//   → the tenancy and write tests with the app connected through PgBouncer (transaction pooling)
//   → browser tests against a production build, and one journey through PgBouncer.
// Test files run in a shuffled order drawn from a seed the step's title shows;
// TEST_SHUFFLE_SEED=<n> npx vitest run --project … repeats that order.
import { spawnSync } from "node:child_process";
import pg from "pg";
import { pgbouncerInstalled, PGBOUNCER_BIN } from "../tests/support/pgbouncer";

const LOCAL_SERVICE = "postgresql://postgres@127.0.0.1:5432/postgres";
const externalUrl = process.env.DATABASE_URL || process.env.TEST_EXTERNAL_DATABASE_URL || LOCAL_SERVICE;
const seed = Number(process.env.TEST_SHUFFLE_SEED || Math.floor(Math.random() * 1_000_000));
const shuffledBy = (n: number) => ({ TEST_SHUFFLE_SEED: String(n) });
const withoutDatabaseUrl = { ...process.env, DATABASE_URL: "" };

function step(title: string, command: string, args: string[], env: NodeJS.ProcessEnv = process.env): void {
  console.log(`\n=== ${title} ===`);
  const started = Date.now();
  const result = spawnSync(command, args, { stdio: "inherit", env });
  if (result.status !== 0) {
    console.error(`\n✗ ${title} failed.`);
    process.exit(result.status ?? 1);
  }
  console.log(`✓ ${title} (${Math.round((Date.now() - started) / 1000)} s)`);
}

async function reachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

step("lint", "npx", ["eslint", "."]);
step("typecheck", "npx", ["tsc", "--noEmit"]);
step(`unit tests (TEST_SHUFFLE_SEED=${seed})`, "npx", ["vitest", "run", "--project", "unit"], {
  ...process.env,
  ...shuffledBy(seed),
});
step(
  `integration tests, embedded PostgreSQL (TEST_SHUFFLE_SEED=${seed})`,
  "npx",
  ["vitest", "run", "--project", "integration"],
  { ...withoutDatabaseUrl, ...shuffledBy(seed) },
);
if (await reachable(externalUrl)) {
  // Another order on the second server: two orders per CI run.
  step(
    `integration tests, external PostgreSQL (${new URL(externalUrl).host}, TEST_SHUFFLE_SEED=${seed + 1})`,
    "npx",
    ["vitest", "run", "--project", "integration"],
    {
      ...process.env,
      DATABASE_URL: externalUrl,
      ...shuffledBy(seed + 1),
    },
  );
} else if (process.env.CI) {
  console.error(`\n✗ CI must test an external PostgreSQL too, and none answers at ${new URL(externalUrl).host}.`);
  process.exit(1);
} else {
  console.log(
    `\n!!! SKIPPED integration tests on an external PostgreSQL: nothing answers at ${new URL(externalUrl).host}. Set DATABASE_URL to run them.`,
  );
}
// The tenancy and write tests again, with every connection of the app role going through
// pgbouncer in transaction pooling mode, two server connections per database (global-setup.ts).
const THROUGH_PGBOUNCER = [
  "tests/integration/pgbouncer.test.ts",
  "tests/integration/rls.test.ts",
  "tests/integration/rls-puskesmas.test.ts",
  "tests/integration/idor.test.ts",
  "tests/integration/guards.test.ts",
  "tests/integration/authorization/authorization.test.ts",
  "tests/integration/sessions.test.ts",
  "tests/integration/staffing.test.ts",
  "tests/integration/stage-changes.test.ts",
  "tests/integration/corrections.test.ts",
  "tests/integration/targets.test.ts",
  "tests/integration/activities.test.ts",
  "tests/integration/imports-kinds.test.ts",
  "tests/integration/imports-head.test.ts",
  "tests/integration/imports-undo.test.ts",
  "tests/integration/comparison.test.ts",
  "tests/integration/dashboard.test.ts",
  "tests/integration/maintained-figures.test.ts",
  "tests/integration/figure-snapshots.test.ts",
];
if (pgbouncerInstalled()) {
  const onServer = (await reachable(externalUrl)) ? { DATABASE_URL: externalUrl } : { DATABASE_URL: "" };
  step(
    `tenancy and write tests through PgBouncer, transaction pooling (TEST_SHUFFLE_SEED=${seed + 2})`,
    "npx",
    ["vitest", "run", "--project", "integration", ...THROUGH_PGBOUNCER],
    { ...process.env, ...onServer, TEST_PGBOUNCER: "on", ...shuffledBy(seed + 2) },
  );
} else if (process.env.CI) {
  console.error(`\n✗ CI must run the tests through PgBouncer, and there is no pgbouncer at ${PGBOUNCER_BIN}.`);
  process.exit(1);
} else {
  console.log(
    `\n!!! SKIPPED the tests through PgBouncer: no pgbouncer at ${PGBOUNCER_BIN} (apt-get install pgbouncer).`,
  );
}
step("browser tests (Playwright, Chromium)", "npx", ["tsx", "scripts/e2e.ts"], withoutDatabaseUrl);
// One journey (sign-in, the district dashboard, a stage change, an export) with the app through pgbouncer.
if (pgbouncerInstalled())
  step(
    "browser journey through PgBouncer, transaction pooling",
    "npx",
    ["tsx", "scripts/e2e.ts", "--through-pgbouncer", "tests/e2e/planner-journey.spec.ts"],
    withoutDatabaseUrl,
  );
console.log(`\nAll checks passed on Node ${process.version}.`);
