import { execFile } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

// Root (as in most containers) starting the app from a folder other users cannot
// enter: the embedded PostgreSQL runs as the `postgres` OS user, which cannot reach
// node_modules or .data there. The demo's database path (scripts/migrate.ts opens the
// database exactly as scripts/serve.ts does) must start it all the same.

const run = promisify(execFile);
const ROOT = path.resolve(import.meta.dirname, "../..");
const isRoot = process.getuid?.() === 0;
const made: string[] = [];
afterAll(() => made.forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** A copy of the app in a fresh `mktemp -d` folder (mode 700), node_modules hard-linked. */
async function privateClone(): Promise<string> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "pantau-private-"));
  made.push(home);
  await run("cp", ["-al", path.join(ROOT, "node_modules"), home]);
  const files = ["lib", "prisma", "scripts", "package.json", "tsconfig.json", "prisma.config.ts"];
  await run("cp", ["-a", ...files.map((name) => path.join(ROOT, name)), home]);
  return home;
}

function scriptEnv(extra: Record<string, string>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env, ...extra };
  delete env.DATABASE_URL; // the embedded database, as `npm run demo` on a fresh machine
  return env;
}

describe.skipIf(!isRoot)("as root, from a chmod 700 folder (skipped unless the tests run as root)", () => {
  it("starts the embedded PostgreSQL for the demo and migrates it, twice; the data is linked from .data", async () => {
    const home = await privateClone();
    expect(fs.statSync(home).mode & 0o777).toBe(0o700);
    const runtime = fs.mkdtempSync(path.join(os.tmpdir(), "pantau-runtime-"));
    made.push(runtime);
    fs.chmodSync(runtime, 0o755);
    const env = scriptEnv({ EMBEDDED_PG_PORT: String(await freePort()), EMBEDDED_PG_RUNTIME_DIR: runtime });
    const migrate = () =>
      run("npx", ["tsx", "scripts/migrate.ts"], { cwd: home, env, timeout: 240_000, maxBuffer: 10_000_000 });

    const first = await migrate();
    expect(first.stdout).toMatch(/Applied: 20261125000000_init, .*_health_applied_migrations/);
    const data = path.join(home, ".data", "postgres");
    expect(fs.lstatSync(data).isSymbolicLink()).toBe(true);
    const placed = fs.realpathSync(data);
    expect(placed.startsWith(fs.realpathSync(runtime) + path.sep)).toBe(true);
    expect(fs.existsSync(path.join(placed, "PG_VERSION"))).toBe(true);
    expect(fs.statSync(placed).uid).not.toBe(0); // the postgres OS user's

    const second = await migrate();
    expect(second.stdout).toContain("No pending migrations.");
  }, 600_000);

  it("an existing database the postgres user cannot reach is refused with one sentence saying what to do", async () => {
    const home = fs.mkdtempSync(path.join(os.tmpdir(), "pantau-closed-"));
    made.push(home);
    const closed = path.join(home, "postgres");
    fs.mkdirSync(closed);
    fs.writeFileSync(path.join(closed, "PG_VERSION"), "18\n");
    const { placeForPostgresUser, postgresOsUser } = await import("@/lib/db/postgres-user");
    const runtime = fs.mkdtempSync(path.join(os.tmpdir(), "pantau-runtime-"));
    made.push(runtime);
    fs.chmodSync(runtime, 0o755);
    expect(() => placeForPostgresUser(closed, postgresOsUser(), runtime)).toThrow(
      `The embedded database in ${closed} is closed to the postgres OS user that runs PostgreSQL for root: move it to a folder that user can reach and set EMBEDDED_PG_DIR there, or start the app as the user who created it.`,
    );
  });
});
