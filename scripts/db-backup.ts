// `npm run db:backup [-- --out DIR]`: a consistent backup of DATABASE_URL (pg_dump) or of the
// embedded database (base backup, also while the app runs), into DIR (default BACKUP_DIR or ./backups).
import { configuredTarget, createBackup } from "../lib/backup/create-backup";
import { BackupError } from "../lib/backup/errors";

const outIndex = process.argv.indexOf("--out");
const out = outIndex > 0 ? process.argv[outIndex + 1] : process.env.BACKUP_DIR || "backups";
if (!out) {
  console.error("Usage: npm run db:backup -- [--out DIR]");
  process.exit(2);
}

try {
  const { folder, manifest, bytes } = await createBackup(configuredTarget(), out);
  console.log(`Backup written: ${folder} (${(bytes / 1024 / 1024).toFixed(1)} MB, ${manifest.files.length} files).`);
  if (manifest.evidence.inObjectStore)
    console.log(
      `Note: ${manifest.evidence.inObjectStore} evidence files live in the bucket ${manifest.evidence.bucket ?? "(EVIDENCE_S3_BUCKET)"}; back it up too (see README, "Cadangan dan pemulihan").`,
    );
} catch (error) {
  console.error(error instanceof BackupError ? error.message : error);
  process.exit(1);
}
