import { spawn } from "node:child_process";
import crypto from "node:crypto";
import path from "node:path";
import { pathToFileURL } from "node:url";
import pg from "pg";

const CHILD = path.resolve("tests", "support", "crash-child.ts");
const HOOKS = pathToFileURL(path.resolve("tests", "support", "server-only-hooks.mjs")).href;

async function poll<T>(what: string, timeoutMs: number, probe: () => Promise<T | null>): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = await probe();
    if (found !== null) return found;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Runs one write of the web server's code in a child process (tests/support/crash-child.ts) to its end. */
export async function runChild(job: object, appUrl: string, applicationName = "pantau-crash-child"): Promise<string> {
  const url = new URL(appUrl);
  url.searchParams.set("application_name", applicationName);
  const child = spawn(process.execPath, ["--import", HOOKS, "--import", "tsx", CHILD, JSON.stringify(job)], {
    env: { ...process.env, APP_DATABASE_URL: url.toString() },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const code = await new Promise<number | null>((resolve) => child.on("exit", (exitCode) => resolve(exitCode)));
  if (code !== 0) throw new Error(`the child failed (${code}): ${output}`);
  return output;
}

/**
 * Runs the write in a child process and kills it with SIGKILL while its transaction
 * is open and has written: `lockTable` is held in SHARE mode meanwhile, so the child
 * blocks at its first write to that table, after its earlier writes. Returns once
 * PostgreSQL has ended the dead client's backend (and so its transaction).
 */
export async function killMidTransaction(job: object, appUrl: string, ownerUrl: string, lockTable: string) {
  const applicationName = `pantau-crash-${crypto.randomBytes(4).toString("hex")}`;
  const locker = new pg.Client({ connectionString: ownerUrl });
  const watcher = new pg.Client({ connectionString: ownerUrl });
  await Promise.all([locker.connect(), watcher.connect()]);
  try {
    await locker.query("BEGIN");
    await locker.query(`LOCK TABLE "${lockTable}" IN SHARE MODE`);
    const url = new URL(appUrl);
    url.searchParams.set("application_name", applicationName);
    const child = spawn(process.execPath, ["--import", HOOKS, "--import", "tsx", CHILD, JSON.stringify(job)], {
      env: { ...process.env, APP_DATABASE_URL: url.toString() },
      stdio: "ignore",
    });
    const exited = new Promise<NodeJS.Signals | null>((resolve) =>
      child.on("exit", (_code, signal) => resolve(signal)),
    );
    // Blocked on the lock, with a transaction id: it has written rows in this transaction.
    const backend = await poll("the child to write and block", 45_000, async () => {
      const { rows } = await watcher.query<{ pid: number }>(
        `SELECT pid FROM pg_stat_activity WHERE application_name = $1 AND wait_event_type = 'Lock' AND backend_xid IS NOT NULL`,
        [applicationName],
      );
      return rows[0]?.pid ?? null;
    });
    child.kill("SIGKILL");
    const signal = await exited;
    await locker.query("ROLLBACK");
    await poll("PostgreSQL to end the dead client's backend", 30_000, async () => {
      const { rowCount } = await watcher.query("SELECT 1 FROM pg_stat_activity WHERE pid = $1", [backend]);
      return rowCount === 0 ? true : null;
    });
    return { signal };
  } finally {
    await Promise.all([locker.end(), watcher.end()]);
  }
}
