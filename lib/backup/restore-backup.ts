import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { fileStamp } from "@/lib/dates/instants";
import { APP_ROLE } from "@/lib/db/app-role";
import { removeStalePidFile, startEmbeddedPostgres } from "@/lib/db/embedded";
import type { BackupTarget } from "./create-backup";
import { databaseFacts } from "./database-facts";
import { BackupError } from "./errors";
import { verifyBackup, type TManifest } from "./manifest";
import { pgTool, serverVersion } from "./pg-tools";

export type RestoreResult = { manifest: TManifest; replacedMovedTo: string | null };

/**
 * Restores the backup folder into `target` after checking it (manifest, checksums,
 * schema not newer than this code). The target must be empty, unless `force`: an
 * embedded data folder is then moved aside (never deleted), an external database's
 * objects are dropped in the restore's own transaction. Ends by reading the restored
 * database back.
 */
export async function restoreBackup(folder: string, target: BackupTarget, force = false): Promise<RestoreResult> {
  const manifest = await verifyBackup(path.resolve(folder));
  if (manifest.kind !== target.kind)
    throw new BackupError(
      manifest.kind === "base"
        ? "This is a backup of the embedded database; restore it without DATABASE_URL set. Nothing was restored."
        : "This is a pg_dump backup of an external database; set DATABASE_URL to the database to restore into. Nothing was restored.",
    );
  const replacedMovedTo =
    target.kind === "dump"
      ? await restoreDump(path.resolve(folder), target.url, force, manifest)
      : await restoreBase(path.resolve(folder), target, force, manifest);
  return { manifest, replacedMovedTo };
}

/** The restored database must be the backed-up one, read back through a real connection. */
async function assertRestored(url: string, manifest: TManifest): Promise<void> {
  const facts = await databaseFacts(url);
  if (facts.newestMigration !== manifest.newestMigration)
    throw new BackupError(
      `The restored database reads as migration ${facts.newestMigration ?? "none"}, the backup recorded ${manifest.newestMigration ?? "none"}.`,
    );
}

async function restoreDump(folder: string, url: string, force: boolean, manifest: TManifest): Promise<null> {
  const version = await serverVersion(url);
  const pgRestore = pgTool("pg_restore", version.major);
  const facts = await databaseFacts(url);
  if (facts.tableCount > 0 && !force)
    throw new BackupError(
      `The database in DATABASE_URL is not empty (${facts.tableCount} tables). Restore into an empty database, ` +
        `or pass --force to replace its contents. Nothing was restored.`,
    );
  await ensureAppRole(url);
  const run = spawnSync(
    pgRestore,
    [
      "--no-owner",
      "--exit-on-error",
      "--single-transaction",
      ...(force ? ["--clean", "--if-exists"] : []),
      `--dbname=${url}`,
      path.join(folder, "database.dump"),
    ],
    { encoding: "utf8" },
  );
  if (run.status !== 0)
    throw new BackupError(
      `pg_restore failed, and its transaction was rolled back: ${(run.stderr || run.error?.message || "").trim()}`,
    );
  await assertRestored(url, manifest);
  return null;
}

/** Roles belong to the server, not the dump: the grants in it need the app's role. */
async function ensureAppRole(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DO $$ BEGIN
      IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '${APP_ROLE}') THEN
        CREATE ROLE ${APP_ROLE} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
      END IF;
    END $$`);
  } finally {
    await client.end();
  }
}

async function restoreBase(
  folder: string,
  target: Extract<BackupTarget, { kind: "base" }>,
  force: boolean,
  manifest: TManifest,
): Promise<string | null> {
  const dataDir = target.dataDir;
  removeStalePidFile(dataDir);
  if (fs.existsSync(path.join(dataDir, "postmaster.pid")))
    throw new BackupError(`The embedded database in ${dataDir} is running. Stop the app first. Nothing was restored.`);
  const occupied = fs.existsSync(dataDir) && fs.readdirSync(dataDir).length > 0;
  if (occupied && !force)
    throw new BackupError(
      `${dataDir} already holds a database. Pass --force to replace it (it is moved aside, not deleted). Nothing was restored.`,
    );
  const staging = `${dataDir}.restoring`;
  fs.rmSync(staging, { recursive: true, force: true });
  fs.cpSync(path.join(folder, "data"), staging, { recursive: true });
  fs.chmodSync(staging, 0o700);
  giveToServerUser(staging);

  const replacedMovedTo = occupied ? `${dataDir}.replaced-${fileStamp(new Date(), "Asia/Jakarta")}` : null;
  if (replacedMovedTo) fs.renameSync(dataDir, replacedMovedTo);
  else fs.rmSync(dataDir, { recursive: true, force: true });
  fs.renameSync(staging, dataDir);
  try {
    // PostgreSQL replays the backup's WAL from its backup_label, then serves.
    const server = await startEmbeddedPostgres({ dataDir, port: target.port, database: target.database });
    try {
      await assertRestored(server.url, manifest);
    } finally {
      await server.stop();
    }
  } catch (error) {
    fs.renameSync(dataDir, `${dataDir}.failed-restore-${fileStamp(new Date(), "Asia/Jakarta")}`);
    if (replacedMovedTo) fs.renameSync(replacedMovedTo, dataDir);
    throw new BackupError(
      `The restored database did not start (${(error as Error).message}). The previous one was put back.`,
    );
  }
  return replacedMovedTo;
}

/** Run as root, the embedded server runs as the `postgres` user (lib/db/embedded.ts): it must own its files. */
function giveToServerUser(dir: string): void {
  if (process.getuid?.() !== 0) return;
  const id = (flag: string) => spawnSync("id", [flag, "postgres"], { encoding: "utf8" });
  if (id("-u").status !== 0) {
    spawnSync("groupadd", ["postgres"]);
    spawnSync("useradd", ["-g", "postgres", "postgres"]);
  }
  const uid = Number(id("-u").stdout.trim());
  const gid = Number(id("-g").stdout.trim());
  if (!Number.isInteger(uid) || !Number.isInteger(gid))
    throw new BackupError("No postgres user to run the database as.");
  const chown = (entry: string) => {
    fs.chownSync(entry, uid, gid);
    if (fs.statSync(entry).isDirectory()) for (const child of fs.readdirSync(entry)) chown(path.join(entry, child));
  };
  chown(dir);
}
