import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Scope } from "@/lib/auth/scope";
import { enableAppRoleLogin } from "@/lib/db/app-role";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { getNationalComparison, getProvinceComparison } from "@/lib/comparison/queries";
import { getDistrictDashboard } from "@/lib/dashboard/queries";
import { todayIn } from "@/lib/dates";
import { listPendingProposals } from "@/lib/facilities/stage-queries";
import { getDistrictIndicators } from "@/lib/indicators/queries";
import { getMonthlySummary } from "@/lib/monthly-reports/queries";
import { getDistrictByCode, listDistrictPuskesmas } from "@/lib/rollout/queries";
import { ZPuskesmasFilters } from "@/lib/rollout/schemas";
import { withReadScope, withScope, type Ctx } from "@/lib/server/scoped-db";
import { loadScope } from "@/lib/server/session";
import { seedDemo } from "@/prisma/seed";
import { replicaOrSkip, startReplicatedPair, withClient, type ReplicatedPair } from "../support/replica";
import { createTenancyFixtures, type TenancyFixtures } from "../support/tenancy-fixtures";

// READ_DATABASE_URL: the comparisons and the district dashboard read from a streaming
// replica (lib/server/scoped-db.ts, withReadScope). This file starts a real one: a
// PostgreSQL 15 primary in a temporary folder, migrated and seeded, and a replica
// made with `pg_basebackup -R`; lag is made by pausing the replica's WAL replay.

const runs = replicaOrSkip("the read-replica tests");
const PASSWORD = "pantau-replica-test";
let pair: ReplicatedPair | undefined;
let owner: PrismaClient;
let fixtures: TenancyFixtures;
const scopes = {} as Record<"national" | "planner" | "head", Scope>;

type AppGlobals = { pantauPrisma?: PrismaClient; pantauReadPrisma?: PrismaClient };
async function resetAppClients() {
  const app = globalThis as AppGlobals;
  await Promise.all([app.pantauPrisma?.$disconnect(), app.pantauReadPrisma?.$disconnect()]);
  app.pantauPrisma = undefined;
  app.pantauReadPrisma = undefined;
}
const saved = {
  app: process.env.APP_DATABASE_URL,
  read: process.env.READ_DATABASE_URL,
  cache: process.env.PANTAU_FIGURES_CACHE,
};

beforeAll(async () => {
  if (!runs) return;
  const base = Number(process.env.TEST_REPLICA_PORT || 64210);
  pair = await startReplicatedPair({ primaryPort: base, replicaPort: base + 1, database: "pantau_replica" });
  await migrate(pair.primaryUrl);
  const appOnPrimary = await enableAppRoleLogin(pair.primaryUrl, PASSWORD);
  owner = createPrismaClient(pair.primaryUrl, { max: 2 });
  await seedDemo(owner);
  fixtures = await createTenancyFixtures(owner);
  // The same role and password on the replica: physical replication copies the roles.
  const appOnReplica = new URL(appOnPrimary);
  appOnReplica.port = new URL(pair.replicaUrl).port;
  await resetAppClients();
  process.env.APP_DATABASE_URL = appOnPrimary;
  process.env.READ_DATABASE_URL = appOnReplica.toString();
  process.env.PANTAU_FIGURES_CACHE = "off"; // every read reaches its database
  scopes.national = await loadScope(fixtures.users.national);
  scopes.planner = await loadScope(fixtures.users.planner);
  scopes.head = await loadScope(fixtures.users.head);
  await pair.waitForReplay();
}, 240_000);

afterAll(async () => {
  await resetAppClients();
  await owner?.$disconnect();
  await pair?.stop();
  for (const [key, value] of [
    ["APP_DATABASE_URL", saved.app],
    ["READ_DATABASE_URL", saved.read],
    ["PANTAU_FIGURES_CACHE", saved.cache],
  ] as const)
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
});

/** Which server answered, and whatever `read` found there. */
async function served<T>(scope: Scope, read: (ctx: Ctx) => Promise<T>, on: "read" | "primary" = "read") {
  const run = on === "read" ? withReadScope : withScope;
  return run(scope, async (ctx) => {
    const [{ standby }] = await ctx.db.$queryRaw<[{ standby: boolean }]>`SELECT pg_is_in_recovery() AS standby`;
    return { server: standby ? "replica" : "primary", value: await read(ctx) };
  });
}
const facilityName = (id: string) => async (ctx: Ctx) =>
  (await ctx.db.facility.findUnique({ where: { id }, select: { name: true } }))?.name ?? null;

describe.skipIf(!runs)("read replica (READ_DATABASE_URL)", () => {
  it("serves the comparison and the dashboard from the replica, with the same figures as the primary", async () => {
    const today = todayIn();
    const national = await served(scopes.national, (ctx) => getNationalComparison(ctx, today));
    const onPrimary = await served(scopes.national, (ctx) => getNationalComparison(ctx, today), "primary");
    expect(national.server).toBe("replica");
    expect(onPrimary.server).toBe("primary");
    expect(national.value).toEqual(onPrimary.value);
    expect(national.value.rows.length).toBeGreaterThan(1);

    const province = await served(scopes.national, (ctx) => getProvinceComparison(ctx, "17", today));
    expect(province.server).toBe("replica");
    expect(province.value.rows.length).toBeGreaterThan(1);

    // Everything the district page reads (app/(app)/kabupaten/[code]/page.tsx), on a hot standby that refuses writes.
    const districtPage = (ctx: Ctx) =>
      getDistrictByCode(ctx, "17.02").then(async (district) => ({
        dashboard: await getDistrictDashboard(ctx, district, today),
        indicators: await getDistrictIndicators(ctx, { districtId: district.id }, today),
        list: await listDistrictPuskesmas(ctx, district, ZPuskesmasFilters.parse({})),
        proposals: await listPendingProposals(ctx, district.id),
        monthly: await getMonthlySummary(ctx, district.code),
      }));
    const page = await served(scopes.planner, districtPage);
    expect(page.server).toBe("replica");
    expect(page.value.dashboard.byKecamatan.length).toBeGreaterThan(0);
    expect(page.value).toEqual((await served(scopes.planner, districtPage, "primary")).value);
  });

  it("reads the replica's own state when the primary has moved on in no district the user reads", async () => {
    await pair!.pauseReplay();
    try {
      // A change on the primary in Kudus (Central Java), not replayed: the Rejang Lebong planner
      // still reads from the replica, and sees the user name as it was there (User carries no
      // district version: proof the read came from the replica's stale copy, not the primary).
      const renamed = `Renamed ${Date.now()}`;
      const before = (await owner.user.findUniqueOrThrow({ where: { id: fixtures.users.planner } })).name;
      await owner.user.update({ where: { id: fixtures.users.planner }, data: { name: renamed } });
      await owner.facility.update({
        where: { id: fixtures.facilities.otherProvincePuskesmas },
        data: { name: `Puskesmas Jekulo ${renamed}` },
      });
      const userName = async (ctx: Ctx) =>
        (await ctx.db.user.findUniqueOrThrow({ where: { id: fixtures.users.planner }, select: { name: true } })).name;
      expect(await served(scopes.planner, userName)).toEqual({ server: "replica", value: before });
      expect(await served(scopes.planner, userName, "primary")).toEqual({ server: "primary", value: renamed });

      // The national user reads Kudus, whose version on the replica is behind: the primary answers.
      expect(await served(scopes.national, facilityName(fixtures.facilities.otherProvincePuskesmas))).toEqual({
        server: "primary",
        value: `Puskesmas Jekulo ${renamed}`,
      });
    } finally {
      await pair!.resumeReplay();
    }
    await pair!.waitForReplay();
    const caughtUp = await served(scopes.national, facilityName(fixtures.facilities.otherProvincePuskesmas));
    expect(caughtUp.server).toBe("replica");
    expect(caughtUp.value).toMatch(/^Puskesmas Jekulo Renamed/);
  });

  it("shows a user their own write at once while the replica lags (read-your-writes), then the replica again", async () => {
    await pair!.pauseReplay();
    const name = `Puskesmas Sumber Urip ${Date.now()}`;
    try {
      // The planner's own write, through the app's scoped client on the primary.
      await withScope(scopes.planner, (ctx) =>
        ctx.db.facility.update({ where: { id: fixtures.facilities.ownPuskesmas }, data: { name } }),
      );
      const onReplica = await withClient(
        pair!.replicaUrl,
        async (client) =>
          (await client.query(`SELECT name FROM "Facility" WHERE id = $1`, [fixtures.facilities.ownPuskesmas])).rows[0]
            .name,
      );
      expect(onReplica).not.toBe(name); // the replica really is behind
      expect(await served(scopes.planner, facilityName(fixtures.facilities.ownPuskesmas))).toEqual({
        server: "primary",
        value: name,
      });
      // The district dashboard too: the user's district changed, so it is read on the primary.
      const dashboard = await served(scopes.planner, async (ctx) =>
        getDistrictDashboard(ctx, await getDistrictByCode(ctx, "17.02"), todayIn()),
      );
      expect(dashboard.server).toBe("primary");
    } finally {
      await pair!.resumeReplay();
    }
    await pair!.waitForReplay();
    expect(await served(scopes.planner, facilityName(fixtures.facilities.ownPuskesmas))).toEqual({
      server: "replica",
      value: name,
    });
  });

  it("applies row-level security on the replica: the scope set there binds, and no scope reads nothing", async () => {
    const other = await served(scopes.head, (ctx) =>
      ctx.db.facility.count({ where: { districtId: fixtures.districts.other } }),
    );
    expect(other).toEqual({ server: "replica", value: 0 });
    const sibling = await served(scopes.head, (ctx) =>
      ctx.db.facility.count({ where: { districtId: fixtures.districts.sibling } }),
    );
    expect(sibling).toEqual({ server: "replica", value: 0 });
    const own = await served(scopes.head, (ctx) =>
      ctx.db.facility.count({ where: { districtId: fixtures.districts.own } }),
    );
    expect(own.server).toBe("replica");
    expect(own.value).toBeGreaterThan(0);
    // The app role with no scope, straight on the replica: nothing.
    const bare = await withClient(process.env.READ_DATABASE_URL!, async (client) => {
      const { rows } = await client.query(`SELECT current_user AS who, (SELECT count(*)::int FROM "Facility") AS n`);
      return rows[0];
    });
    expect(bare).toEqual({ who: "pantau_app", n: 0 });
    // And the replica refuses writes, whatever the scope.
    await expect(
      withReadScope(scopes.planner, (ctx) =>
        ctx.db.facility.update({ where: { id: fixtures.facilities.ownPuskesmas }, data: { name: "x" } }),
      ),
    ).rejects.toThrow(/read-only/);
  });

  it("reads again on the primary when the replica cancels the read for a conflict with recovery", async () => {
    const onReplica = (sql: string) => withClient(pair!.replicaUrl, (client) => client.query(sql));
    await onReplica("ALTER SYSTEM SET max_standby_streaming_delay = 0");
    await onReplica("SELECT pg_reload_conf()");
    const tries: string[] = [];
    try {
      const result = await withReadScope(scopes.planner, async (ctx) => {
        const [{ standby }] = await ctx.db.$queryRaw<[{ standby: boolean }]>`SELECT pg_is_in_recovery() AS standby`;
        tries.push(standby ? "replica" : "primary");
        const facilities = await ctx.db.facility.count(); // holds a lock on "Facility" until the transaction ends
        if (standby) {
          // An exclusive lock on the primary, replayed on the replica while this read still runs there.
          const lock = withClient(pair!.primaryUrl, async (client) => {
            await client.query("BEGIN");
            await client.query(`LOCK TABLE "Facility" IN ACCESS EXCLUSIVE MODE`);
            await client.query("COMMIT");
          });
          try {
            await ctx.db.$queryRaw`SELECT pg_sleep(10)`;
          } finally {
            await lock;
          }
        }
        return facilities;
      });
      expect(tries).toEqual(["replica", "primary"]);
      expect(result).toBeGreaterThan(0);
    } finally {
      await onReplica("ALTER SYSTEM RESET max_standby_streaming_delay");
      await onReplica("SELECT pg_reload_conf()");
    }
  });

  it("falls back to the primary when the replica is down", async () => {
    await pair!.stopReplica();
    const result = await served(scopes.planner, facilityName(fixtures.facilities.ownPuskesmas));
    expect(result.server).toBe("primary");
    expect(result.value).toMatch(/^Puskesmas Sumber Urip/);
  });
});
