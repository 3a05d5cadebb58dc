import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { postgresOsUser, type OsUser } from "@/lib/db/postgres-user";

/** Debian's PostgreSQL 15 (the CI machine's service); a primary and its replica must share a major version. */
export const PG15_BIN = process.env.TEST_REPLICA_PG_BIN || "/usr/lib/postgresql/15/bin";

export const replicaToolsInstalled = (): boolean =>
  ["initdb", "pg_ctl", "postgres", "pg_basebackup"].every((tool) => fs.existsSync(path.join(PG15_BIN, tool)));

/** Whether the replica tests run: skipped loudly when the binaries are missing, failed under CI. */
export function replicaOrSkip(what: string): boolean {
  if (replicaToolsInstalled()) return true;
  if (process.env.CI) throw new Error(`CI must run ${what}, and PostgreSQL 15's tools are not in ${PG15_BIN}.`);
  console.warn(`\n!!! SKIPPED ${what}: no initdb/pg_basebackup in ${PG15_BIN} (apt-get install postgresql-15).\n`);
  return false;
}

export type ReplicatedPair = {
  /** Superuser URLs (trust, 127.0.0.1 only) of `database` on each server. */
  primaryUrl: string;
  replicaUrl: string;
  /** Stops replaying WAL on the replica (what lag looks like, held still). */
  pauseReplay: () => Promise<void>;
  resumeReplay: () => Promise<void>;
  /** Waits until the replica has replayed everything the primary had written when called. */
  waitForReplay: () => Promise<void>;
  stopReplica: () => Promise<void>;
  stop: () => Promise<void>;
};

/**
 * A PostgreSQL 15 primary in a temporary folder, with `database` created, and a
 * streaming replica made from it with `pg_basebackup -R`, both on 127.0.0.1 with
 * trust authentication. As root, both run as the postgres OS user. `prepare`
 * runs on the primary before the replica is cloned (migrations, seed).
 */
export async function startReplicatedPair(options: {
  primaryPort: number;
  replicaPort: number;
  database: string;
}): Promise<ReplicatedPair> {
  const asRoot = process.getuid?.() === 0;
  const user: OsUser | null = asRoot ? postgresOsUser() : null;
  const base = fs.mkdtempSync(path.join(os.tmpdir(), "pantau-replica-"));
  if (user) fs.chownSync(base, user.uid, user.gid);
  const primaryDir = path.join(base, "primary");
  const replicaDir = path.join(base, "replica");
  const run = (tool: string, args: string[]) => runAs(user, path.join(PG15_BIN, tool), args);
  const started: string[] = [];
  const stopServer = async (dir: string) => {
    if (!started.includes(dir)) return;
    await run("pg_ctl", ["-D", dir, "-m", "immediate", "-w", "stop"]).catch(() => {});
    started.splice(started.indexOf(dir), 1);
  };
  const stop = async () => {
    await stopServer(replicaDir);
    await stopServer(primaryDir);
    fs.rmSync(base, { recursive: true, force: true });
  };
  const url = (port: number, database = options.database) => `postgresql://postgres@127.0.0.1:${port}/${database}`;

  try {
    await run("initdb", ["-D", primaryDir, "--auth=trust", "--username=postgres", "-E", "UTF8", "--locale=C"]);
    fs.appendFileSync(
      path.join(primaryDir, "postgresql.conf"),
      [
        "",
        `port = ${options.primaryPort}`,
        "listen_addresses = '127.0.0.1'",
        `unix_socket_directories = '${base}'`,
        "wal_level = replica",
        "max_wal_senders = 4",
        "hot_standby = on",
        "fsync = off",
        "full_page_writes = off",
        "shared_buffers = 32MB",
        "max_connections = 60",
        "",
      ].join("\n"),
    );
    await run("pg_ctl", ["-D", primaryDir, "-l", path.join(base, "primary.log"), "-w", "start"]);
    started.push(primaryDir);
    await withClient(url(options.primaryPort, "postgres"), (client) =>
      client.query(`CREATE DATABASE "${options.database}"`),
    );
    await run("pg_basebackup", [
      "-h",
      "127.0.0.1",
      "-p",
      String(options.primaryPort),
      "-U",
      "postgres",
      "-D",
      replicaDir,
      "-R",
      "-X",
      "stream",
      "-c",
      "fast",
    ]);
    fs.appendFileSync(path.join(replicaDir, "postgresql.conf"), `\nport = ${options.replicaPort}\n`);
    await run("pg_ctl", ["-D", replicaDir, "-l", path.join(base, "replica.log"), "-w", "start"]);
    started.push(replicaDir);
  } catch (error) {
    const logs = ["primary.log", "replica.log"]
      .map((file) => path.join(base, file))
      .filter((file) => fs.existsSync(file))
      .map((file) => fs.readFileSync(file, "utf8"))
      .join("\n");
    await stop();
    throw new Error(`${(error as Error).message}\n${logs}`);
  }

  const primaryUrl = url(options.primaryPort);
  const replicaUrl = url(options.replicaPort);
  const onReplica = (sql: string) => withClient(replicaUrl, (client) => client.query(sql));
  return {
    primaryUrl,
    replicaUrl,
    pauseReplay: async () => {
      await onReplica("SELECT pg_wal_replay_pause()");
    },
    resumeReplay: async () => {
      await onReplica("SELECT pg_wal_replay_resume()");
    },
    waitForReplay: async () => {
      const target = await withClient(
        primaryUrl,
        async (client) => (await client.query("SELECT pg_current_wal_lsn()::text AS lsn")).rows[0].lsn as string,
      );
      const deadline = Date.now() + 30_000;
      while (Date.now() < deadline) {
        const { rows } = await withClient(replicaUrl, (client) =>
          client.query("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done", [target]),
        );
        if (rows[0].done) return;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      throw new Error(`the replica did not replay up to ${target} in 30 s`);
    },
    stopReplica: () => stopServer(replicaDir),
    stop,
  };
}

export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

function runAs(user: OsUser | null, command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      stdio: ["ignore", "pipe", "pipe"],
      cwd: os.tmpdir(),
      ...(user ? { uid: user.uid, gid: user.gid } : {}),
      env: { ...process.env, LC_ALL: "C", PGPASSWORD: "" },
    });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.stderr?.on("data", (chunk: Buffer) => (output += chunk.toString()));
    child.once("error", reject);
    child.once("exit", (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(command)} ${args.join(" ")} failed (${code}):\n${output}`)),
    );
  });
}
