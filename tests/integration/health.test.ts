import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeEach, describe, expect, inject, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { startEmbeddedPostgres } from "@/lib/db/embedded";
import { GET as live } from "@/app/api/health/live/route";
import { GET as ready } from "@/app/api/health/route";
import packageJson from "@/package.json";

// GET /api/health (readiness) and /api/health/live against real PostgreSQL servers:
// this file's clone (ready), the same with a migration unrecorded (not ready), and a
// server of its own that the test stops (not ready: database unreachable).

const owner = createPrismaClient(inject("databaseUrl"), { max: 1 });
afterAll(() => owner.$disconnect());

/** Points the app's client (lib/server/db.ts) at `url`, as a restarted app would. */
async function appConnectsTo(url: string): Promise<void> {
  const app = globalThis as { pantauPrisma?: PrismaClient };
  await app.pantauPrisma?.$disconnect();
  app.pantauPrisma = undefined;
  process.env.APP_DATABASE_URL = url;
}
beforeEach(() => appConnectsTo(inject("appDatabaseUrl")));

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** Text that must never be in a health answer: hosts, users, database and server versions, errors. */
const SECRETS = /postgres|pantau_app|127\.0\.0\.1|localhost|password|error|PostgreSQL \d|node/i;

describe("the health endpoints", () => {
  it("answers ready (200) on a migrated database, with the app's version and nothing else", async () => {
    const response = await ready();
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(JSON.parse(text)).toEqual({
      status: "ok",
      version: packageJson.version,
      checks: { database: "ok", migrations: "current" },
    });
    expect(text).not.toMatch(SECRETS);
    expect(response.headers.get("cache-control")).toBe("no-store");
  });

  it("answers not ready (503) when a migration this code ships is not applied", async () => {
    const [latest] = await owner.$queryRaw<{ name: string }[]>`
      SELECT migration_name AS name FROM "_prisma_migrations" ORDER BY migration_name DESC LIMIT 1`;
    await owner.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = ${latest!.name}`;
    try {
      const response = await ready();
      expect(response.status).toBe(503);
      expect(await response.json()).toMatchObject({
        status: "unavailable",
        checks: { database: "ok", migrations: "pending" },
      });
    } finally {
      await owner.$executeRaw`UPDATE "_prisma_migrations" SET rolled_back_at = NULL WHERE migration_name = ${latest!.name}`;
    }
    expect((await ready()).status).toBe(200);
  });

  it("answers not ready (503) once its database is stopped, quickly and without error text; liveness stays 200", async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "pantau-health-"));
    fs.chmodSync(dataDir, 0o755); // the embedded server may run as another OS user (as root)
    const server = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, "pg"),
      port: await freePort(),
      database: "postgres",
    });
    try {
      await appConnectsTo(server.url);
      // Up but never migrated: reachable, migrations pending.
      const up = await ready();
      expect(up.status).toBe(503);
      expect(await up.json()).toMatchObject({ checks: { database: "ok", migrations: "pending" } });

      await server.stop();
      const started = Date.now();
      const down = await ready();
      const text = await down.text();
      expect(down.status).toBe(503);
      expect(JSON.parse(text)).toEqual({
        status: "unavailable",
        version: packageJson.version,
        checks: { database: "unreachable", migrations: "unknown" },
      });
      expect(text).not.toMatch(SECRETS);
      expect(Date.now() - started).toBeLessThan(10_000);

      const alive = live();
      expect(alive.status).toBe(200);
      expect(await alive.json()).toEqual({ status: "ok", version: packageJson.version });
    } finally {
      await server.stop();
      await appConnectsTo(inject("appDatabaseUrl"));
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }, 120_000);
});
