// `npm run test:e2e`: the browser tests against a production build on a scratch database:
// a fresh database on DATABASE_URL's server when set, else a separate embedded PostgreSQL.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import { createScratchDatabase, dropDatabase } from "../tests/support/test-database";

const external = process.env.DATABASE_URL;
const env: NodeJS.ProcessEnv = { ...process.env };
let scratch: string | undefined;
if (external) {
  scratch = await createScratchDatabase(external, "pantau_e2e");
  env.DATABASE_URL = scratch;
} else {
  // A throw-away embedded cluster, so the run never touches the demo's data.
  env.EMBEDDED_PG_DIR = ".data/e2e-postgres";
  env.EMBEDDED_PG_PORT = process.env.E2E_EMBEDDED_PG_PORT || "54349";
  fs.rmSync(env.EMBEDDED_PG_DIR, { recursive: true, force: true });
}

const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], { stdio: "inherit", env });
if (scratch && external) await dropDatabase(external, scratch);
process.exit(result.status ?? 1);
