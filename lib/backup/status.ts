import fs from "node:fs";
import path from "node:path";
import { MANIFEST_FILE, ZManifest } from "./manifest";

const BACKUP_FOLDER = /^pantau-ilp-\d{4}-\d{2}-\d{2}_\d{6}_WI(B|TA|T)$/;

/** Complete backups in `dir`, newest first (their names sort by time). */
export function listBackups(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((name) => BACKUP_FOLDER.test(name) && fs.existsSync(path.join(dir, name, MANIFEST_FILE)))
    .sort()
    .reverse();
}

/** The newest backup in `dir`: when it was made and its size, for the admin page. Null when there is none. */
export function latestBackup(dir: string): { name: string; createdAt: Date; bytes: number } | null {
  for (const name of listBackups(dir)) {
    const parsed = ZManifest.safeParse(JSON.parse(fs.readFileSync(path.join(dir, name, MANIFEST_FILE), "utf8")));
    if (!parsed.success) continue;
    const bytes = parsed.data.files.reduce((sum, file) => sum + file.size, 0);
    return { name, createdAt: new Date(parsed.data.createdAt), bytes };
  }
  return null;
}

/** BACKUP_DIR, BACKUP_INTERVAL_HOURS and BACKUP_KEEP, checked; null when scheduled backups are off. */
export function backupSchedule(env = process.env): { dir: string; intervalHours: number; keep: number } | null {
  if (!env.BACKUP_DIR) return null;
  const intervalHours = Number(env.BACKUP_INTERVAL_HOURS || 24);
  const keep = Number(env.BACKUP_KEEP || 7);
  if (!(intervalHours > 0 && intervalHours <= 24 * 31))
    throw new Error("BACKUP_INTERVAL_HOURS must be a number of hours between 0 and 744.");
  if (!Number.isInteger(keep) || keep < 1) throw new Error("BACKUP_KEEP must be a whole number of at least 1.");
  return { dir: path.resolve(env.BACKUP_DIR), intervalHours, keep };
}
