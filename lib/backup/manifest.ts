import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";
import { readMigrations } from "@/lib/db/migrate";
import { BackupError } from "./errors";

export const MANIFEST_FILE = "manifest.json";

const ZManifestFile = z.object({
  path: z.string().min(1),
  size: z.number().int().min(0),
  sha256: z.string().length(64),
});

export const ZManifest = z.object({
  format: z.literal("pantau-ilp-backup"),
  formatVersion: z.literal(1),
  /** "base": a copy of the embedded server's data folder plus its WAL; "dump": pg_dump -Fc of an external database. */
  kind: z.enum(["base", "dump"]),
  createdAt: z.string(),
  serverVersionNum: z.number().int(),
  database: z.string(),
  /** The newest migration the backed-up database had: a restore refuses code older than it. */
  newestMigration: z.string().nullable(),
  evidence: z.object({ inDatabase: z.number().int(), inObjectStore: z.number().int(), bucket: z.string().nullable() }),
  files: z.array(ZManifestFile),
});
export type TManifest = z.infer<typeof ZManifest>;

/** Every regular file under `root`, as paths relative to it, sorted. */
export function listFiles(root: string, dir = ""): string[] {
  const files: string[] = [];
  for (const entry of fs.readdirSync(path.join(root, dir), { withFileTypes: true })) {
    const relative = path.join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listFiles(root, relative));
    else if (entry.isFile()) files.push(relative);
  }
  return files.sort();
}

export async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash("sha256");
  for await (const chunk of fs.createReadStream(file)) hash.update(chunk as Buffer);
  return hash.digest("hex");
}

/** Writes manifest.json with the size and SHA-256 of every file in the backup folder. */
export async function writeManifest(folder: string, fields: Omit<TManifest, "files" | "format" | "formatVersion">) {
  const files = [];
  for (const file of listFiles(folder)) {
    if (file === MANIFEST_FILE) continue;
    const full = path.join(folder, file);
    files.push({ path: file, size: fs.statSync(full).size, sha256: await sha256File(full) });
  }
  const manifest: TManifest = { format: "pantau-ilp-backup", formatVersion: 1, ...fields, files };
  fs.writeFileSync(path.join(folder, MANIFEST_FILE), JSON.stringify(manifest, null, 2) + "\n");
  return manifest;
}

/**
 * Reads and checks a backup folder before anything is restored: the manifest, every
 * file's size and SHA-256, and that this code knows the backup's newest migration.
 */
export async function verifyBackup(folder: string): Promise<TManifest> {
  const manifestPath = path.join(folder, MANIFEST_FILE);
  if (!fs.existsSync(folder) || !fs.statSync(folder).isDirectory())
    throw new BackupError(`${folder} is not a backup folder (made by npm run db:backup).`);
  if (!fs.existsSync(manifestPath))
    throw new BackupError(`${folder} has no ${MANIFEST_FILE}: not a complete backup. Nothing was restored.`);
  let manifest: TManifest;
  try {
    manifest = ZManifest.parse(JSON.parse(fs.readFileSync(manifestPath, "utf8")));
  } catch {
    throw new BackupError(`${manifestPath} is damaged or not a Pantau ILP backup manifest. Nothing was restored.`);
  }
  for (const file of manifest.files) {
    const full = path.join(folder, file.path);
    if (!path.resolve(full).startsWith(path.resolve(folder) + path.sep))
      throw new BackupError(`The manifest names a file outside the backup (${file.path}). Nothing was restored.`);
    if (!fs.existsSync(full))
      throw new BackupError(`The backup is incomplete: ${file.path} is missing. Nothing was restored.`);
    const size = fs.statSync(full).size;
    if (size !== file.size)
      throw new BackupError(
        `The backup is damaged: ${file.path} has ${size} bytes, ${file.size} were written (damaged or cut short). Nothing was restored.`,
      );
    if ((await sha256File(full)) !== file.sha256)
      throw new BackupError(`The backup is damaged: ${file.path} does not match its checksum. Nothing was restored.`);
  }
  assertSchemaKnown(manifest.newestMigration);
  return manifest;
}

/** A backup of a newer schema than this code's cannot be served by it: refuse before restoring. */
export function assertSchemaKnown(newestMigration: string | null, known = readMigrations().map((m) => m.name)): void {
  if (newestMigration === null || known.includes(newestMigration)) return;
  const newestKnown = known.at(-1) ?? "none";
  if (newestMigration > newestKnown)
    throw new BackupError(
      `The backup comes from a newer version of Pantau ILP (its newest migration is ${newestMigration}, this code's is ${newestKnown}). ` +
        `Update the app first, then restore. Nothing was restored.`,
    );
  throw new BackupError(
    `The backup's newest migration (${newestMigration}) is unknown to this code. Restore it with the version of Pantau ILP that made it. Nothing was restored.`,
  );
}
