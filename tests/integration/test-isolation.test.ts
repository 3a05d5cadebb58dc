import pg from "pg";
import { describe, expect, inject, it } from "vitest";
import { cloneDatabase, databaseName, dropDatabase } from "../support/test-database";

const databaseUrl = inject("databaseUrl");
const templateUrl = inject("templateDatabaseUrl");

async function query<T extends pg.QueryResultRow>(url: string, sql: string): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<T>(sql)).rows;
  } finally {
    await client.end();
  }
}

describe("each integration test file", () => {
  it("works on its own clone of the seeded template, as owner and as the app role", async () => {
    expect(databaseName(databaseUrl)).toMatch(new RegExp(`^${databaseName(templateUrl)}_[0-9a-f]{8}$`));
    expect(process.env.DATABASE_URL).toBe(databaseUrl);
    expect(process.env.APP_DATABASE_URL).toBe(inject("appDatabaseUrl"));
    const [asApp] = await query<{ db: string; role: string }>(
      inject("appDatabaseUrl"),
      "SELECT current_database() AS db, current_user AS role",
    );
    expect(asApp).toEqual({ db: databaseName(databaseUrl), role: "pantau_app" });
    // Seeded: the regions and the demo users are there.
    const [seeded] = await query<{ regions: number; users: number }>(
      databaseUrl,
      `SELECT (SELECT count(*) FROM "Region")::int AS regions, (SELECT count(*) FROM "User")::int AS users`,
    );
    expect(seeded!.regions).toBeGreaterThan(1_000);
    expect(seeded!.users).toBeGreaterThan(3);
  });

  it("keeps its rows to itself: another clone of the template does not see them, and nobody writes into the template", async () => {
    await query(
      databaseUrl,
      `INSERT INTO "ReportedFigure" (id, "districtId", metric, value, "asOf", source)
      SELECT gen_random_uuid(), id, 'PUSTU', 4242, DATE '2001-01-01', 'uji isolasi' FROM "Region" WHERE code = '17.02'`,
    );
    const mine = await query<{ n: number }>(
      databaseUrl,
      `SELECT count(*)::int AS n FROM "ReportedFigure" WHERE source = 'uji isolasi'`,
    );
    expect(mine).toEqual([{ n: 1 }]);

    const other = await cloneDatabase(inject("adminUrl"), templateUrl);
    try {
      expect(await query(other, `SELECT 1 FROM "ReportedFigure" WHERE source = 'uji isolasi'`)).toEqual([]);
    } finally {
      await dropDatabase(inject("adminUrl"), other);
    }
    await expect(query(templateUrl, "SELECT 1")).rejects.toThrow(/not currently accepting connections/);
  });
});
