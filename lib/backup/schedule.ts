import fs from "node:fs";
import path from "node:path";
import { createBackup, type BackupTarget } from "./create-backup";
import { listBackups } from "./status";

/** Deletes all but the newest `keep` backups in `dir`. */
export function pruneBackups(dir: string, keep: number): string[] {
  const old = listBackups(dir).slice(Math.max(1, keep));
  for (const name of old) fs.rmSync(path.join(dir, name), { recursive: true, force: true });
  return old;
}

/**
 * Backs `target` up now and then every `intervalHours`, keeping the newest `keep`.
 * A failed backup is logged and tried again at the next interval; it never stops the app.
 */
export function scheduleBackups(
  target: BackupTarget,
  dir: string,
  options: { intervalHours: number; keep: number; log: (line: string) => void },
): () => void {
  let running = false;
  const run = async () => {
    if (running) return;
    running = true;
    try {
      const { folder, bytes } = await createBackup(target, dir);
      pruneBackups(dir, options.keep);
      options.log(`Scheduled backup written: ${folder} (${(bytes / 1024 / 1024).toFixed(1)} MB).`);
    } catch (error) {
      options.log(`Scheduled backup failed: ${(error as Error).message}`);
    } finally {
      running = false;
    }
  };
  const first = setTimeout(run, 5_000);
  const timer = setInterval(run, options.intervalHours * 3_600_000);
  first.unref();
  timer.unref();
  return () => {
    clearTimeout(first);
    clearInterval(timer);
  };
}
