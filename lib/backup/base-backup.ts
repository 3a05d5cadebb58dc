import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { BackupError } from "./errors";
import { oneRow } from "./one-row";

// Folders whose contents the server rebuilds at start (PostgreSQL's "Making a Base Backup
// Using the Low Level API"); pg_wal gets only the segments the backup needs.
const EMPTY_DIRS = new Set([
  "pg_wal",
  "pg_dynshmem",
  "pg_notify",
  "pg_serial",
  "pg_snapshots",
  "pg_stat_tmp",
  "pg_subtrans",
  "pg_replslot",
]);
const SKIPPED_FILES = new Set(["postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map"]);

/**
 * Copies a running server's data folder `dataDir` into `target` as a consistent base
 * backup: pg_backup_start / pg_backup_stop in one session around a file copy, the
 * backup_label it returns, and the WAL from the backup's start to its end. A temporary
 * replication slot holds that WAL on the server until it is copied. Started from the
 * copy, PostgreSQL replays that WAL (crash recovery from the label) and is consistent.
 */
export async function copyBaseBackup(superuserUrl: string, dataDir: string, target: string): Promise<void> {
  const client = new pg.Client({ connectionString: superuserUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_create_physical_replication_slot($1, true, true)", [`pantau_backup_${process.pid}`]);
    await client.query("SELECT pg_backup_start($1, true)", [`pantau-ilp ${new Date().toISOString()}`]);
    let stopped = false;
    try {
      copyDataFolder(dataDir, target);
      const { rows } = await client.query<{ lsn: string; labelfile: string; spcmapfile: string | null }>(
        "SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(false)",
      );
      stopped = true;
      const { labelfile, spcmapfile, lsn } = oneRow(rows);
      fs.writeFileSync(path.join(target, "backup_label"), labelfile);
      if (spcmapfile) fs.writeFileSync(path.join(target, "tablespace_map"), spcmapfile);
      const { rows: walRows } = await client.query<{ name: string; size: string }>(
        "SELECT pg_walfile_name($1::pg_lsn) AS name, current_setting('wal_segment_size') AS size",
        [lsn],
      );
      copyWal(dataDir, target, startWalFile(labelfile), oneRow(walRows).name, walSegmentBytes(oneRow(walRows).size));
    } finally {
      if (!stopped) await client.query("SELECT pg_backup_stop(false)").catch(() => {});
    }
  } finally {
    await client.end();
  }
}

function copyDataFolder(source: string, target: string, relative = ""): void {
  fs.mkdirSync(path.join(target, relative), { recursive: true, mode: 0o700 });
  for (const entry of listFolder(path.join(source, relative), relative !== "")) {
    const rel = path.join(relative, entry.name);
    if (entry.isDirectory()) {
      if (relative === "" && EMPTY_DIRS.has(entry.name)) fs.mkdirSync(path.join(target, rel), { mode: 0o700 });
      else copyDataFolder(source, target, rel);
    } else if (entry.isFile()) {
      if (relative === "" && SKIPPED_FILES.has(entry.name)) continue;
      if (entry.name === "pg_internal.init") continue;
      try {
        fs.copyFileSync(path.join(source, rel), path.join(target, rel));
      } catch (error) {
        // A table dropped while copying: its file is gone, and WAL replay knows it.
        if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
      }
    }
  }
}

/** A folder's entries; a database dropped while copying is gone, and WAL replay knows it. */
function listFolder(folder: string, mayVanish: boolean): fs.Dirent[] {
  try {
    return fs.readdirSync(folder, { withFileTypes: true });
  } catch (error) {
    if (mayVanish && (error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
}

function startWalFile(labelfile: string): string {
  const match = /^START WAL LOCATION: \S+ \(file ([0-9A-F]{24})\)$/m.exec(labelfile);
  if (!match?.[1]) throw new BackupError("pg_backup_stop returned a backup label without its start WAL file.");
  return match[1];
}

function walSegmentBytes(setting: string): number {
  const match = /^(\d+)(kB|MB|GB)?$/.exec(setting.trim());
  if (!match) throw new BackupError(`Unexpected wal_segment_size ${setting}.`);
  const unit = { kB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 }[match[2] ?? ""] ?? 1;
  return Number(match[1]) * unit;
}

/** The segment number of a WAL file name (timeline, then the 64-bit position split in two). */
function segmentNumber(name: string, segmentBytes: number): bigint {
  const perId = 0x1_0000_0000n / BigInt(segmentBytes);
  return BigInt(`0x${name.slice(8, 16)}`) * perId + BigInt(`0x${name.slice(16, 24)}`);
}

function copyWal(dataDir: string, target: string, first: string, last: string, segmentBytes: number): void {
  const from = segmentNumber(first, segmentBytes);
  const to = segmentNumber(last, segmentBytes);
  const timeline = first.slice(0, 8);
  const walDir = path.join(dataDir, "pg_wal");
  const copied = new Set<bigint>();
  for (const name of fs.readdirSync(walDir)) {
    if (name.endsWith(".history")) fs.copyFileSync(path.join(walDir, name), path.join(target, "pg_wal", name));
    if (!/^[0-9A-F]{24}$/.test(name) || name.slice(0, 8) !== timeline) continue;
    const segment = segmentNumber(name, segmentBytes);
    if (segment < from || segment > to) continue;
    fs.copyFileSync(path.join(walDir, name), path.join(target, "pg_wal", name));
    copied.add(segment);
  }
  for (let segment = from; segment <= to; segment++)
    if (!copied.has(segment))
      throw new BackupError(`WAL segment ${segment} of the backup was not found in ${walDir}; the backup is unusable.`);
}
