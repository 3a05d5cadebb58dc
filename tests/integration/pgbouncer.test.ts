import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readableDistrictIds, type Scope } from "@/lib/auth/scope";
import { APP_ROLE } from "@/lib/db/app-role";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { db } from "@/lib/server/db";
import { withScope } from "@/lib/server/scoped-db";
import { loadScope } from "@/lib/server/session";
import { pgbouncerOrSkip, startPgBouncer, type PgBouncer } from "../support/pgbouncer";
import { createTenancyFixtures, type TenancyFixtures } from "../support/tenancy-fixtures";

// PgBouncer in TRANSACTION pooling mode hands a server connection to a client for
// one transaction, then to the next client. With a pool of ONE server connection,
// every scope below runs on the same PostgreSQL backend in turn, so a scope that
// outlived its transaction (a session-level set_config) would reach the next user.
// This file starts its own pgbouncer; the PgBouncer stage of scripts/test.ts also
// runs the tenancy and write tests through one (tests/integration/global-setup.ts).

const runs = pgbouncerOrSkip("the PgBouncer (transaction pooling) tests");
const ownerUrl = inject("databaseUrl");
const password = inject("appRolePassword");
const owner = createPrismaClient(ownerUrl, { max: 2 });
let bouncer: PgBouncer | undefined;
let appViaBouncer = "";
let fixtures: TenancyFixtures;

async function client(): Promise<pg.Client> {
  const connection = new pg.Client({ connectionString: appViaBouncer });
  await connection.connect();
  return connection;
}
const backendPid = async (connection: pg.Client) =>
  Number((await connection.query("SELECT pg_backend_pid() AS pid")).rows[0].pid);

beforeAll(async () => {
  if (!runs) return;
  bouncer = await startPgBouncer({
    serverUrl: ownerUrl,
    port: Number(process.env.TEST_PGBOUNCER_OWN_PORT || 64202),
    users: [{ name: APP_ROLE, password }],
    poolSize: 1,
  });
  appViaBouncer = bouncer.through(inject("appDatabaseUrl"));
  // The app's own client (lib/server/db.ts) now connects through this pgbouncer.
  const app = globalThis as { pantauPrisma?: PrismaClient };
  await app.pantauPrisma?.$disconnect();
  app.pantauPrisma = undefined;
  process.env.APP_DATABASE_URL = appViaBouncer;
  fixtures = await createTenancyFixtures(owner);
});
afterAll(async () => {
  const app = globalThis as { pantauPrisma?: PrismaClient };
  await app.pantauPrisma?.$disconnect();
  app.pantauPrisma = undefined;
  await owner.$disconnect();
  await bouncer?.stop();
});

describe.skipIf(!runs)("PgBouncer, transaction pooling, one server connection", () => {
  it("hands the same PostgreSQL backend to every client in turn", async () => {
    const [a, b] = [await client(), await client()];
    try {
      expect(await backendPid(a)).toBe(await backendPid(b));
      expect((await a.query("SELECT current_user AS u")).rows[0].u).toBe(APP_ROLE);
    } finally {
      await Promise.all([a.end(), b.end()]);
    }
  });

  it("would carry a session-level setting over to the next client (the hazard this test guards against)", async () => {
    const [a, b] = [await client(), await client()];
    try {
      await a.query("SELECT set_config('app.read_district_ids', $1, false)", [fixtures.districts.other]);
      const seen = await b.query("SELECT current_setting('app.read_district_ids', true) AS v");
      expect(seen.rows[0].v).toBe(fixtures.districts.other);
      // …and with it, the other district's rows: exactly what a leaked scope would do.
      const rows = await b.query(`SELECT count(*)::int AS n FROM "Facility" WHERE "districtId" = $1`, [
        fixtures.districts.other,
      ]);
      expect(rows.rows[0].n).toBeGreaterThan(0);
    } finally {
      await a.query("RESET ALL");
      await Promise.all([a.end(), b.end()]);
    }
  });

  it("keeps every withScope's scope inside its transaction: the next user of the connection sees none of it", async () => {
    const users = [fixtures.users.national, fixtures.users.province, fixtures.users.planner, fixtures.users.head];
    const scopes: Scope[] = await Promise.all(users.map((id) => loadScope(id)));
    const probe = await client();
    const pids = new Set<number>();
    try {
      // Interleaved: 40 scoped transactions, eight at a time from the app's pool, over one server
      // connection (in rounds, so none waits past withScope's 5 s to begin on a busy machine).
      const order = Array.from({ length: 40 }, (_, i) => scopes[(i * 7) % scopes.length]!);
      const results = [];
      for (let round = 0; round < order.length; round += 8)
        results.push(
          ...(await Promise.all(
            order.slice(round, round + 8).map((scope) =>
              withScope(scope, async (ctx) => {
                const [{ pid, setting }] = await ctx.db.$queryRaw<[{ pid: number; setting: string }]>`
                  SELECT pg_backend_pid() AS pid, current_setting('app.read_district_ids', true) AS setting`;
                const seen = await ctx.db.facility.findMany({ distinct: ["districtId"], select: { districtId: true } });
                return { scope, pid, setting, districts: seen.map((row) => row.districtId) };
              }),
            ),
          )),
        );
      for (const { scope, pid, setting, districts } of results) {
        pids.add(pid);
        const readable = readableDistrictIds(scope);
        expect(districts.length).toBeGreaterThan(0);
        if (readable === "ALL") expect(districts.length).toBeGreaterThan(2);
        else {
          expect(setting.split(",").sort()).toEqual([...readable].sort());
          for (const district of districts) expect(readable.has(district)).toBe(true);
        }
      }
      // Between and after them, a client with no scope of its own sees nothing.
      const after = await probe.query(
        `SELECT pg_backend_pid() AS pid, coalesce(current_setting('app.read_district_ids', true), '') AS setting,
                coalesce(current_setting('app.all_districts', true), '') AS "all",
                (SELECT count(*)::int FROM "Facility") AS facilities`,
      );
      pids.add(after.rows[0].pid);
      expect(after.rows[0]).toMatchObject({ setting: "", all: "", facilities: 0 });
      expect(pids.size).toBe(1); // one backend served every scope: reuse really happened
    } finally {
      await probe.end();
    }
  });

  it("sends no named prepared statements, which pgbouncer 1.18 cannot pool", async () => {
    const named: string[] = [];
    const original = pg.Client.prototype.query;
    pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
      const config = args[0] as { name?: string } | undefined;
      if (config && typeof config === "object" && config.name) named.push(config.name);
      return (original as (...a: unknown[]) => unknown).apply(this, args);
    } as typeof original;
    try {
      const scope = await loadScope(fixtures.users.planner);
      for (let i = 0; i < 5; i++) {
        const prepared = await withScope(scope, async (ctx) => {
          await ctx.db.facility.findMany({ where: { districtId: fixtures.districts.own }, take: 3 });
          const [{ n }] = await ctx.db.$queryRaw<
            [{ n: number }]
          >`SELECT count(*)::int AS n FROM pg_prepared_statements`;
          return n;
        });
        expect(prepared).toBe(0);
        await db().user.findUnique({ where: { id: fixtures.users.head }, select: { id: true } });
      }
    } finally {
      pg.Client.prototype.query = original;
    }
    expect(named).toEqual([]);
  });

  it("breaks named prepared statements across pooled clients (why the adapter's unnamed ones matter)", async () => {
    const [a, b] = [await client(), await client()];
    try {
      await a.query({ name: "pantau_probe", text: "SELECT 1 AS one" });
      // b's node-postgres never prepared it, so it prepares again – on the backend a already used.
      await expect(b.query({ name: "pantau_probe", text: "SELECT 1 AS one" })).rejects.toThrow(/already exists/);
    } finally {
      await a.query("DEALLOCATE ALL");
      await Promise.all([a.end(), b.end()]);
    }
  });
});
