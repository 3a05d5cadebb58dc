// `npm run db:restore -- <backup folder> [--force]`: checks the backup, then restores it into an
// empty database (DATABASE_URL, or the embedded one in EMBEDDED_PG_DIR); --force replaces one.
import { configuredTarget } from "../lib/backup/create-backup";
import { BackupError } from "../lib/backup/errors";
import { restoreBackup } from "../lib/backup/restore-backup";

const args = process.argv.slice(2);
const force = args.includes("--force");
const [folder, ...extra] = args.filter((arg) => arg !== "--force");
if (!folder || extra.length) {
  console.error("Usage: npm run db:restore -- <backup folder> [--force]");
  process.exit(2);
}

try {
  const { manifest, replacedMovedTo } = await restoreBackup(folder, configuredTarget(), force);
  console.log(`Restored the backup of ${manifest.createdAt} (migration ${manifest.newestMigration ?? "none"}).`);
  if (replacedMovedTo) console.log(`The database it replaced was moved to ${replacedMovedTo}.`);
  if (manifest.evidence.inObjectStore)
    console.log(
      `${manifest.evidence.inObjectStore} evidence files are in the bucket ${manifest.evidence.bucket ?? "(EVIDENCE_S3_BUCKET)"}: restore that bucket too.`,
    );
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exit(1);
}
