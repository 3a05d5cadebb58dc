import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { postgresOsUser } from "@/lib/db/postgres-user";

/** Debian's pgbouncer (installed by .ci/run); PGBOUNCER_BIN names another. */
export const PGBOUNCER_BIN = process.env.PGBOUNCER_BIN || "/usr/sbin/pgbouncer";

export const pgbouncerInstalled = (): boolean => fs.existsSync(PGBOUNCER_BIN);

/**
 * Whether a test that needs pgbouncer runs: yes when installed; when not, it is
 * skipped with a loud line locally, and fails under CI (which installs it).
 */
export function pgbouncerOrSkip(what: string): boolean {
  if (pgbouncerInstalled()) return true;
  if (process.env.CI) throw new Error(`CI must run ${what}, and there is no pgbouncer at ${PGBOUNCER_BIN}.`);
  console.warn(`\n!!! SKIPPED ${what}: no pgbouncer at ${PGBOUNCER_BIN} (apt-get install pgbouncer).\n`);
  return false;
}

export type PgBouncer = {
  port: number;
  /** `url` (any database on the server pgbouncer fronts) rewritten to connect through pgbouncer. */
  through: (url: string) => string;
  /** The admin console's URL (SHOW POOLS, SHOW STATS), as `user`. */
  consoleUrl: (user: { name: string; password: string }) => string;
  stop: () => Promise<void>;
};

/**
 * Starts Debian's pgbouncer in front of the PostgreSQL server of `serverUrl`, in
 * TRANSACTION pooling mode: every database on that server, a server connection
 * handed to a client for one transaction only, at most `poolSize` of them per
 * database and user. Clients log in with md5 as one of `users` (pgbouncer keeps
 * their passwords to log in to the server, SCRAM or trust). Its files live in a
 * temporary folder removed by stop(). As root it runs as the postgres OS user
 * (pgbouncer refuses to run as root).
 */
export async function startPgBouncer(options: {
  serverUrl: string;
  port: number;
  users: { name: string; password: string }[];
  poolSize: number;
}): Promise<PgBouncer> {
  const server = new URL(options.serverUrl);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "pantau-pgbouncer-"));
  const quote = (text: string) => `"${text.replaceAll('"', '""')}"`;
  fs.writeFileSync(
    path.join(dir, "userlist.txt"),
    options.users.map((user) => `${quote(user.name)} ${quote(user.password)}\n`).join(""),
    { mode: 0o600 },
  );
  const asRoot = process.getuid?.() === 0;
  const config = [
    "[databases]",
    `* = host=${server.hostname} port=${server.port || 5432}`,
    "[pgbouncer]",
    "listen_addr = 127.0.0.1",
    `listen_port = ${options.port}`,
    "unix_socket_dir =",
    "auth_type = md5",
    `auth_file = ${path.join(dir, "userlist.txt")}`,
    "pool_mode = transaction",
    `default_pool_size = ${options.poolSize}`,
    "min_pool_size = 0",
    "reserve_pool_size = 0",
    "max_client_conn = 500",
    "max_db_connections = 0",
    // What node-postgres may send at start-up that pgbouncer does not track.
    "ignore_startup_parameters = extra_float_digits,options",
    `stats_users = ${options.users.map((user) => user.name).join(",")}`,
    `admin_users = ${options.users.map((user) => user.name).join(",")}`,
    `logfile = ${path.join(dir, "pgbouncer.log")}`,
    `pidfile = ${path.join(dir, "pgbouncer.pid")}`,
    ...(asRoot ? ["user = postgres"] : []),
    "",
  ].join("\n");
  fs.writeFileSync(path.join(dir, "pgbouncer.ini"), config);
  if (asRoot) {
    const { uid, gid } = postgresOsUser();
    for (const file of ["", "userlist.txt", "pgbouncer.ini"]) fs.chownSync(path.join(dir, file), uid, gid);
  }

  const child: ChildProcess = spawn(PGBOUNCER_BIN, [path.join(dir, "pgbouncer.ini")], {
    stdio: ["ignore", "ignore", "pipe"],
  });
  let stderr = "";
  child.stderr?.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const log = () =>
    stderr +
    (fs.existsSync(path.join(dir, "pgbouncer.log")) ? fs.readFileSync(path.join(dir, "pgbouncer.log"), "utf8") : "");
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      await exited;
    }
    fs.rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitForPort(options.port, () => child.exitCode !== null, 10_000);
  } catch (error) {
    const text = log();
    await stop();
    throw new Error(`pgbouncer did not start on port ${options.port}: ${(error as Error).message}\n${text}`);
  }
  const through = (url: string) => {
    const via = new URL(url);
    via.hostname = "127.0.0.1";
    via.port = String(options.port);
    return via.toString();
  };
  const consoleUrl = (user: { name: string; password: string }) => {
    const url = new URL(`postgresql://127.0.0.1:${options.port}/pgbouncer`);
    url.username = user.name;
    url.password = user.password;
    return url.toString();
  };
  return { port: options.port, through, consoleUrl, stop };
}

async function waitForPort(port: number, gone: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (gone()) throw new Error("pgbouncer exited");
    const open = await new Promise<boolean>((resolve) => {
      const socket = net.connect({ host: "127.0.0.1", port }, () => {
        socket.destroy();
        resolve(true);
      });
      socket.once("error", () => resolve(false));
    });
    if (open) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error("timed out");
}
