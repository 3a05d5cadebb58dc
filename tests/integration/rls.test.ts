import pg from "pg";
import { afterAll, describe, expect, inject, it } from "vitest";

const ownerUrl = inject("databaseUrl");
const appUrl = inject("appDatabaseUrl");

async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const owner = new pg.Pool({ connectionString: ownerUrl, max: 1 });
afterAll(() => owner.end());

async function protectedTables(): Promise<string[]> {
  const { rows } = await owner.query<{ relname: string }>(
    `SELECT c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relrowsecurity ORDER BY 1`,
  );
  return rows.map((row) => row.relname);
}

describe("row-level security: the database's own backstop", () => {
  it("protects every table that carries a districtId, and the audit log", async () => {
    const { rows } = await owner.query<{ table_name: string }>(
      `SELECT DISTINCT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'districtId' ORDER BY 1`,
    );
    const districtOwned = rows.map((row) => row.table_name).filter((table) => table !== "Region"); // Region is public reference data
    expect(districtOwned.length).toBeGreaterThanOrEqual(10);
    expect(districtOwned).toContain("AuditLog");
    expect(await protectedTables()).toEqual(districtOwned);
  });

  it("connects the app as a role that owns no table and cannot bypass RLS", async () => {
    const { rows } = await owner.query(
      `SELECT rolsuper, rolbypassrls, (SELECT count(*)::int FROM pg_tables WHERE tableowner = 'pantau_app') AS owned FROM pg_roles WHERE rolname = 'pantau_app'`,
    );
    expect(rows).toEqual([{ rolsuper: false, rolbypassrls: false, owned: 0 }]);
    expect(
      await withClient(appUrl, async (client) => (await client.query("SELECT current_user AS user")).rows[0].user),
    ).toBe("pantau_app");
  });

  it("returns zero rows from every protected table to the app role with no scope set", async () => {
    const tables = await protectedTables();
    for (const table of tables) {
      const asOwner = Number((await owner.query(`SELECT count(*) FROM "${table}"`)).rows[0].count);
      const asApp = await withClient(appUrl, async (client) =>
        Number((await client.query(`SELECT count(*) FROM "${table}"`)).rows[0].count),
      );
      expect(asApp, table).toBe(0);
      if (["Facility", "FacilityStageChange", "RolloutTarget", "Activity", "AuditLog"].includes(table))
        expect(asOwner, table).toBeGreaterThan(0);
    }
  });

  it("shows a planner's scope only its own district, and refuses writes into another", async () => {
    const ids = (await owner.query(`SELECT code, id FROM "Region" WHERE code IN ('17.02', '33.19')`)).rows as {
      code: string;
      id: string;
    }[];
    const rejangLebong = ids.find((row) => row.code === "17.02")!.id;
    const kudus = ids.find((row) => row.code === "33.19")!.id;
    await withClient(appUrl, async (client) => {
      await client.query("BEGIN");
      await client.query(
        `SELECT set_config('app.read_district_ids', $1, true), set_config('app.write_district_ids', $1, true)`,
        [rejangLebong],
      );
      const districts = await client.query(`SELECT DISTINCT "districtId" FROM "Facility"`);
      expect(districts.rows).toEqual([{ districtId: rejangLebong }]);
      await expect(
        client.query(
          `INSERT INTO "Facility" ("districtId", type, code, name) VALUES ($1, 'PUSKESMAS', 'RLS-UJI', 'Puskesmas Uji RLS')`,
          [kudus],
        ),
      ).rejects.toThrow(/row-level security/);
      await client.query("ROLLBACK");
      // Transaction-local: the next transaction on the same connection starts with no scope.
      expect(Number((await client.query(`SELECT count(*) FROM "Facility"`)).rows[0].count)).toBe(0);
    });
  });

  it("keeps the audit log append-only for the app, even with national read access", async () => {
    await withClient(appUrl, async (client) => {
      await client.query("BEGIN");
      await client.query(`SELECT set_config('app.all_districts', 'on', true)`);
      expect(Number((await client.query(`SELECT count(*) FROM "AuditLog"`)).rows[0].count)).toBeGreaterThan(0);
      await expect(client.query(`UPDATE "AuditLog" SET action = 'dihapus'`)).rejects.toThrow(/permission denied/);
      await client.query("ROLLBACK");
      await expect(client.query(`DELETE FROM "AuditLog"`)).rejects.toThrow(/permission denied/);
      await expect(client.query(`TRUNCATE "AuditLog"`)).rejects.toThrow(/permission denied|must be owner/);
    });
  });
});
