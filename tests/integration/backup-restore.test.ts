import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createBackup, type BackupTarget } from "@/lib/backup/create-backup";
import { MANIFEST_FILE } from "@/lib/backup/manifest";
import { pgTool } from "@/lib/backup/pg-tools";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { freePort, tableHashes } from "../support/table-hashes";
import { createScratchDatabase, databaseName, dropDatabase } from "../support/test-database";

// Backup → restore on whichever server this run uses: a base backup of the embedded
// PostgreSQL 18 (the test server itself, other files writing meanwhile), or pg_dump /
// pg_restore of the external PostgreSQL 15. Every table's contents are hashed before
// and after; an evidence file kept in PostgreSQL is among them.
const databaseUrl = inject("databaseUrl");
const adminUrl = inject("adminUrl");
const work = fs.mkdtempSync(path.join(os.tmpdir(), "pantau-backup-test-"));
fs.chmodSync(work, 0o755); // run as root, the embedded server runs as `postgres` and must reach its restored folder
const evidenceBytes = crypto.randomBytes(50_000);
let server: { major: number; dataDir: string; port: number };
let folder: string;
let restoredUrl: string;
const cleanups: (() => Promise<void>)[] = [];

async function query<T extends pg.QueryResultRow>(url: string, sql: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql, values)).rows;
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  const [facts] = await query<{ num: string; dir: string; port: string }>(
    databaseUrl,
    "SELECT current_setting('server_version_num') AS num, current_setting('data_directory') AS dir, current_setting('port') AS port",
  );
  server = { major: Math.floor(Number(facts?.num) / 10_000), dataDir: String(facts?.dir), port: Number(facts?.port) };
  const [change] = await query<{ id: string; districtId: string }>(
    databaseUrl,
    `SELECT id, "districtId" FROM "FacilityStageChange" LIMIT 1`,
  );
  await query(
    databaseUrl,
    `INSERT INTO "EvidenceFile" ("districtId", "stageChangeId", "fileName", "contentType", size, sha256, content)
     VALUES ($1, $2, 'sk-ilp.pdf', 'application/pdf', $3, $4, $5)`,
    [change?.districtId, change?.id, evidenceBytes.length, sha256(evidenceBytes), evidenceBytes],
  );
});

afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
  fs.rmSync(work, { recursive: true, force: true });
});

const sha256 = (bytes: Buffer) => crypto.createHash("sha256").update(bytes).digest("hex");
const embeddedPath = () => server.major >= 18;

describe("backup → restore round trip", () => {
  it("restores every table's contents, evidence files included", async () => {
    const before = await tableHashes(databaseUrl);
    const source: BackupTarget = embeddedPath()
      ? { kind: "base", dataDir: server.dataDir, port: server.port, database: databaseName(databaseUrl) }
      : { kind: "dump", url: databaseUrl };
    const backup = await createBackup(source, path.join(work, "backups"));
    folder = backup.folder;
    expect(path.basename(folder)).toMatch(/^pantau-ilp-\d{4}-\d{2}-\d{2}_\d{6}_WIB$/);
    expect(backup.manifest.evidence.inDatabase).toBeGreaterThanOrEqual(1);

    if (embeddedPath()) {
      const port = await freePort();
      const dataDir = path.join(work, "restored");
      await restoreBackup(folder, { kind: "base", dataDir, port, database: databaseName(databaseUrl) }, false);
      const restored = await startEmbeddedPostgres({ dataDir, port, database: databaseName(databaseUrl) });
      cleanups.push(restored.stop);
      restoredUrl = restored.url;
    } else {
      restoredUrl = await createScratchDatabase(adminUrl, "pantau_restore");
      cleanups.push(() => dropDatabase(adminUrl, restoredUrl));
      await restoreBackup(folder, { kind: "dump", url: restoredUrl }, false);
    }

    const after = await tableHashes(restoredUrl);
    expect(Object.keys(after).length).toBeGreaterThan(20);
    expect(after).toEqual(before);
    const [evidence] = await query<{ content: Buffer }>(
      restoredUrl,
      `SELECT content FROM "EvidenceFile" WHERE "fileName" = 'sk-ilp.pdf'`,
    );
    expect(evidence && sha256(evidence.content)).toBe(sha256(evidenceBytes));
  }, 240_000);
});

describe("restore refusals", () => {
  const target = (): BackupTarget =>
    embeddedPath()
      ? { kind: "base", dataDir: path.join(work, "restored-again"), port: server.port, database: "x" }
      : { kind: "dump", url: restoredUrl };

  it("refuses a target that already holds a database, and changes nothing", async () => {
    const occupied: BackupTarget = embeddedPath()
      ? { kind: "base", dataDir: server.dataDir, port: server.port, database: databaseName(databaseUrl) }
      : { kind: "dump", url: restoredUrl };
    const before = await tableHashes(embeddedPath() ? databaseUrl : restoredUrl);
    await expect(restoreBackup(folder, occupied, false)).rejects.toThrow(
      embeddedPath() ? /is running\. Stop the app first/ : /is not empty \(\d+ tables\).*--force/,
    );
    expect(await tableHashes(embeddedPath() ? databaseUrl : restoredUrl)).toEqual(before);
  });

  it("refuses a backup of a newer schema", async () => {
    const manifestPath = path.join(folder, MANIFEST_FILE);
    const original = fs.readFileSync(manifestPath, "utf8");
    const manifest = JSON.parse(original) as { newestMigration: string };
    fs.writeFileSync(manifestPath, JSON.stringify({ ...manifest, newestMigration: "99991231000000_from_the_future" }));
    try {
      await expect(restoreBackup(folder, target(), true)).rejects.toThrow(
        /newer version of Pantau ILP.*99991231000000_from_the_future.*Nothing was restored/,
      );
    } finally {
      fs.writeFileSync(manifestPath, original);
    }
  });

  it("refuses a corrupt file and a truncated one, before touching the target", async () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(folder, MANIFEST_FILE), "utf8")) as {
      files: { path: string; size: number }[];
    };
    const biggest = [...manifest.files].sort((a, b) => b.size - a.size)[0];
    if (!biggest) throw new Error("empty backup");
    const file = path.join(folder, biggest.path);
    const bytes = fs.readFileSync(file);
    const middle = Math.floor(bytes.length / 2);
    bytes.writeUInt8(bytes.readUInt8(middle) ^ 0xff, middle);
    fs.writeFileSync(file, bytes);
    await expect(restoreBackup(folder, target(), true)).rejects.toThrow(
      /does not match its checksum\. Nothing was restored/,
    );
    fs.truncateSync(file, Math.floor(bytes.length / 3));
    await expect(restoreBackup(folder, target(), true)).rejects.toThrow(
      /were written \(damaged or cut short\)\. Nothing was restored/,
    );
    if (embeddedPath()) expect(fs.existsSync(path.join(work, "restored-again"))).toBe(false);
    else expect(Object.keys(await tableHashes(restoredUrl)).length).toBeGreaterThan(20);
  });

  it("refuses a folder that cannot be written, writing nothing", async () => {
    const notAFolder = path.join(work, "a-file");
    fs.writeFileSync(notAFolder, "");
    await expect(createBackup({ kind: "dump", url: databaseUrl }, path.join(notAFolder, "backups"))).rejects.toThrow(
      /Cannot write backups to .*a-file\/backups \(ENOTDIR\)\. Choose a folder you may write to/,
    );
  });

  it("refuses pg_dump older than the server with what to install", async () => {
    // Debian's client is PostgreSQL 15: it fits the external server and refuses the embedded 18.
    const attempt = createBackup({ kind: "dump", url: databaseUrl }, path.join(work, "dumps"));
    const fits = (() => {
      try {
        return Boolean(pgTool("pg_dump", server.major));
      } catch {
        return false;
      }
    })();
    expect(fits).toBe(!embeddedPath() || Boolean(process.env.PG_BIN_DIR));
    if (!fits)
      await expect(attempt).rejects.toThrow(
        /PostgreSQL 18, and no pg_dump of version 18 or newer.*postgresql-client-18/,
      );
    else await expect(attempt).resolves.toMatchObject({ manifest: { kind: "dump" } });
  });
});
