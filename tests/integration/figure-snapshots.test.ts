import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getDistrictDashboard } from "@/lib/dashboard/queries";
import { createPrismaClient } from "@/lib/db/client";
import { cachedPerDistrict, forgetFiguresInMemory, storedFigures } from "@/lib/indicators/cache";
import { getDistrictIndicators } from "@/lib/indicators/queries";
import { getDistrictByCode } from "@/lib/rollout/queries";
import { withScope } from "@/lib/server/scoped-db";
import { actAs } from "../support/act-as";
import { ensureUser } from "../support/tenancy-fixtures";

// The stored figures (DistrictFigureSnapshot) stand in for a second app instance's
// memory: what one instance computed, another serves, until a write in the district.
// Aceh Singkil (11.04) and Nias (12.05): no other test touches them.
const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
const appUrl = inject("appDatabaseUrl");
let districtId: string;
let otherDistrictId: string;
let plannerId: string;
const saved = process.env.PANTAU_FIGURES_CACHE;

beforeAll(async () => {
  districtId = (await owner.region.findUniqueOrThrow({ where: { code: "11.04" } })).id;
  otherDistrictId = (await owner.region.findUniqueOrThrow({ where: { code: "12.05" } })).id;
  plannerId = await ensureUser(owner, "perencana.acehsingkil.uji", "DINKES_PLANNER", districtId);
  await owner.facility.deleteMany({ where: { districtId, code: { startsWith: "SNAP-" } } });
  await owner.facility.createMany({
    data: ["SNAP-1", "SNAP-2"].map((code) => ({
      districtId,
      type: "PUSKESMAS" as const,
      code,
      name: `Puskesmas ${code}`,
    })),
  });
});
afterAll(async () => {
  process.env.PANTAU_FIGURES_CACHE = saved;
  await owner.$disconnect();
});

async function indicators() {
  const planner = (await actAs(plannerId))!;
  return withScope(planner.scope, async (ctx) => (await getDistrictIndicators(ctx, { districtId }, new Date()))[0]!);
}

async function dashboard() {
  const planner = (await actAs(plannerId))!;
  return withScope(planner.scope, async (ctx) =>
    getDistrictDashboard(ctx, await getDistrictByCode(ctx, "11.04"), new Date()),
  );
}

/** What a fresh instance serves: nothing in memory, the stored snapshots on. */
async function asAnotherInstance<T>(read: () => Promise<T>): Promise<T> {
  forgetFiguresInMemory();
  process.env.PANTAU_FIGURES_CACHE = "database";
  try {
    return await read();
  } finally {
    process.env.PANTAU_FIGURES_CACHE = saved;
  }
}

async function computedFromScratch<T>(read: () => Promise<T>): Promise<T> {
  process.env.PANTAU_FIGURES_CACHE = "off";
  try {
    return await read();
  } finally {
    process.env.PANTAU_FIGURES_CACHE = saved;
  }
}

describe("stored per-district figures", () => {
  it("are served to another instance as computed (dates included), until a write in the district", async () => {
    const computed = await indicators();
    const computedDashboard = await dashboard();
    await storedFigures();
    const stored = await owner.$queryRaw<{ key: string; version: bigint }[]>`
      SELECT key, version FROM "DistrictFigureSnapshot" WHERE "districtId" = ${districtId}::uuid ORDER BY key`;
    expect(stored.map((row) => row.key.split("|")[0])).toEqual(["comparison", "dashboard"]);
    expect(await asAnotherInstance(indicators)).toEqual(computed);
    expect(await asAnotherInstance(dashboard)).toEqual(computedDashboard);
    expect((await asAnotherInstance(dashboard)).asOf).toBeInstanceOf(Date);

    // Mark the stored comparison rows: a served mark proves the figures came from the table.
    await owner.$executeRaw`
      UPDATE "DistrictFigureSnapshot" SET rows = jsonb_set(rows, '{facilities,puskesmas}', '9999')
      WHERE "districtId" = ${districtId}::uuid AND key LIKE 'comparison|%'`;
    expect((await asAnotherInstance(indicators)).facts.puskesmas.total).toBe(9999);

    // A write in the district (any table, any path: here the owner's SQL) raises its version.
    await owner.facility.updateMany({
      where: { districtId, code: "SNAP-2" },
      data: { closedAt: new Date("2020-01-01") },
    });
    const afterWrite = await asAnotherInstance(indicators);
    expect(afterWrite.facts.puskesmas.total).toBe(computed.facts.puskesmas.total - 1);
    expect(afterWrite).toEqual(await computedFromScratch(indicators));
    await storedFigures();
    const [restored] = await owner.$queryRaw<{ version: bigint }[]>`
      SELECT version FROM "DistrictFigureSnapshot" WHERE "districtId" = ${districtId}::uuid AND key LIKE 'comparison|%'`;
    const [current] = await owner.$queryRaw<{ version: bigint }[]>`
      SELECT version FROM "DistrictDataVersion" WHERE "districtId" = ${districtId}::uuid`;
    expect(restored!.version).toBe(current!.version);
  });

  it("are read and written only within the reader's districts (row-level security)", async () => {
    await indicators();
    await storedFigures();
    const client = new pg.Client({ connectionString: appUrl });
    await client.connect();
    try {
      await client.query("BEGIN");
      await client.query("SELECT set_config('app.read_district_ids', $1, true)", [otherDistrictId]);
      const seen = await client.query(
        `SELECT count(*)::int AS n FROM "DistrictFigureSnapshot" WHERE "districtId" = $1`,
        [districtId],
      );
      expect(seen.rows[0].n).toBe(0);
      await expect(
        client.query(
          `INSERT INTO "DistrictFigureSnapshot" ("districtId", key, version, rows) VALUES ($1, 'x', 1, '{}')`,
          [districtId],
        ),
      ).rejects.toThrow(/row-level security/);
      await client.query("ROLLBACK");
    } finally {
      await client.end();
    }
  });

  it("are computed once for concurrent readers of one instance; a failed computation is retried by the waiting reader", async () => {
    const planner = (await actAs(plannerId))!;
    const version = new Map([[districtId, String(1e12 + Math.floor(Math.random() * 1e9))]]); // stored nowhere yet
    let calls = 0;
    let computing = () => {};
    const slowCompute = (fail: boolean) => async (missing: string[]) => {
      calls += 1;
      computing();
      await new Promise((resolve) => setTimeout(resolve, 300));
      if (fail) throw new Error("computation failed");
      return new Map(missing.map((id) => [id, { computedBy: calls }]));
    };
    const read = (key: string, fail: boolean) =>
      withScope(planner.scope, (ctx) => cachedPerDistrict(ctx, [districtId], key, version, slowCompute(fail)));

    const [first, second] = await Promise.all([read("test|once", false), read("test|once", false)]);
    expect(calls).toBe(1);
    expect(second.get(districtId)).toBe(first.get(districtId));

    calls = 0;
    const started = new Promise<void>((resolve) => (computing = resolve));
    const failing = read("test|retry", true);
    await started; // the failing reader is computing
    const [failed, retried] = await Promise.allSettled([failing, read("test|retry", false)]);
    expect(failed.status).toBe("rejected");
    expect(retried).toMatchObject({ status: "fulfilled" });
    expect(calls).toBe(2);
    await storedFigures();
  });
});
