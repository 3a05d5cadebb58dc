import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { fileStamp } from "@/lib/dates/instants";
import { databaseConfig } from "@/lib/db/config";
import { startEmbeddedPostgres, superuserUrl } from "@/lib/db/embedded";
import { copyBaseBackup } from "./base-backup";
import { databaseFacts } from "./database-facts";
import { BackupError } from "./errors";
import { writeManifest, type TManifest } from "./manifest";
import { pgTool, serverVersion } from "./pg-tools";
import { oneRow } from "./one-row";

export type BackupTarget =
  { kind: "dump"; url: string } | { kind: "base"; dataDir: string; port: number; database: string };

/** The database `npm run db:backup` works on: DATABASE_URL, or the embedded one (running or not). */
export function configuredTarget(): BackupTarget {
  return databaseConfig.externalUrl
    ? { kind: "dump", url: databaseConfig.externalUrl }
    : {
        kind: "base",
        dataDir: path.resolve(databaseConfig.embeddedDataDir),
        port: databaseConfig.embeddedPort,
        database: databaseConfig.embeddedDatabase,
      };
}

/**
 * Writes a consistent backup of `target` into a new folder under `outDir`, named with
 * the time in WIB (pantau-ilp-2026-11-29_081512_WIB), with a manifest of checksums. It
 * is written as `<name>.partial` and renamed when complete, so a half-written backup
 * never looks like one. Returns the folder.
 */
export async function createBackup(
  target: BackupTarget,
  outDir: string,
  now = new Date(),
): Promise<{ folder: string; manifest: TManifest; bytes: number }> {
  const out = path.resolve(outDir);
  assertWritable(out);
  const folder = path.join(out, `pantau-ilp-${fileStamp(now, "Asia/Jakarta")}`);
  if (fs.existsSync(folder)) throw new BackupError(`${folder} exists already; wait a second and try again.`);
  const partial = `${folder}.partial`;
  fs.rmSync(partial, { recursive: true, force: true });
  fs.mkdirSync(partial, { mode: 0o700 });
  try {
    const facts =
      target.kind === "dump" ? await dumpExternal(target.url, partial) : await copyEmbedded(target, partial);
    const manifest = await writeManifest(partial, {
      kind: target.kind,
      createdAt: now.toISOString(),
      serverVersionNum: facts.serverVersionNum,
      database: facts.database,
      newestMigration: facts.newestMigration,
      evidence: {
        inDatabase: facts.inDatabase,
        inObjectStore: facts.inObjectStore,
        bucket: facts.inObjectStore ? (process.env.EVIDENCE_S3_BUCKET ?? null) : null,
      },
    });
    fs.renameSync(partial, folder);
    return { folder, manifest, bytes: manifest.files.reduce((sum, file) => sum + file.size, 0) };
  } catch (error) {
    fs.rmSync(partial, { recursive: true, force: true });
    throw error;
  }
}

function assertWritable(out: string): void {
  try {
    fs.mkdirSync(out, { recursive: true });
    const probe = path.join(out, `.pantau-write-test-${process.pid}`);
    fs.writeFileSync(probe, "");
    fs.rmSync(probe);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? "error";
    throw new BackupError(
      `Cannot write backups to ${out} (${code}). Choose a folder you may write to (--out DIR or BACKUP_DIR). Nothing was written.`,
    );
  }
}

async function dumpExternal(url: string, folder: string) {
  const version = await serverVersion(url);
  const pgDump = pgTool("pg_dump", version.major);
  const run = spawnSync(
    pgDump,
    ["--format=custom", `--file=${path.join(folder, "database.dump")}`, `--dbname=${url}`],
    {
      encoding: "utf8",
    },
  );
  if (run.status !== 0) throw new BackupError(`pg_dump failed: ${(run.stderr || run.error?.message || "").trim()}`);
  const facts = await databaseFacts(url);
  return { ...facts, serverVersionNum: version.num, database: decodeURIComponent(new URL(url).pathname.slice(1)) };
}

async function copyEmbedded(target: Extract<BackupTarget, { kind: "base" }>, folder: string) {
  if (!fs.existsSync(path.join(target.dataDir, "PG_VERSION")))
    throw new BackupError(`There is no embedded database in ${target.dataDir} to back up.`);
  const adminUrl = superuserUrl(target.port, "postgres");
  // While the app runs, its server answers; otherwise start it for the backup and stop it after.
  const started = (await answers(adminUrl))
    ? null
    : await startEmbeddedPostgres({ dataDir: target.dataDir, port: target.port, database: target.database });
  try {
    const dataDir = await runningDataDir(adminUrl, target.dataDir);
    await copyBaseBackup(adminUrl, dataDir, path.join(folder, "data"));
    const url = superuserUrl(target.port, target.database);
    const version = await serverVersion(url);
    return { ...(await databaseFacts(url)), serverVersionNum: version.num, database: target.database };
  } finally {
    await started?.stop();
  }
}

async function answers(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.end();
    return true;
  } catch {
    return false;
  }
}

/** The server on the port must be the one of this data folder, not another copy of the app. */
async function runningDataDir(adminUrl: string, expected: string): Promise<string> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ data_directory: string }>("SHOW data_directory");
    if (fs.realpathSync(oneRow(rows).data_directory) !== fs.realpathSync(expected))
      throw new BackupError(
        `The PostgreSQL on this port keeps its data in ${oneRow(rows).data_directory}, not ${expected}. Check EMBEDDED_PG_DIR and EMBEDDED_PG_PORT.`,
      );
    return oneRow(rows).data_directory;
  } finally {
    await client.end();
  }
}
