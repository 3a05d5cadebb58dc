import { execFileSync } from "node:child_process";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { migrate, readMigrations } from "@/lib/db/migrate";
import { createScratchDatabase, dropDatabase } from "../support/test-database";

const adminUrl = inject("adminUrl");

// Everything the catalog says about tables, columns, types, keys and indexes.
const CATALOG_QUERIES = {
  columns: `SELECT table_name, column_name, data_type, udt_name, is_nullable, column_default, character_maximum_length
            FROM information_schema.columns WHERE table_schema = 'public' AND table_name <> '_prisma_migrations'
            ORDER BY 1, 2`,
  enums: `SELECT t.typname, e.enumlabel, e.enumsortorder FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid
          JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = 'public' ORDER BY 1, 3`,
  constraints: `SELECT conrelid::regclass::text AS table_name, conname, contype, pg_get_constraintdef(oid) AS definition
                FROM pg_constraint WHERE connamespace = 'public'::regnamespace AND conrelid::regclass::text <> '_prisma_migrations'
                ORDER BY 1, 2`,
  indexes: `SELECT tablename, indexname, indexdef FROM pg_indexes WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' ORDER BY 1, 2`,
};

async function readCatalog(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const result: Record<string, unknown[]> = {};
    for (const [name, sql] of Object.entries(CATALOG_QUERIES)) result[name] = (await client.query(sql)).rows;
    return result;
  } finally {
    await client.end();
  }
}

/** Hand-written rules Prisma cannot express are named ck_*; they exist only on the migrated side. */
const handWritten = (row: unknown) => String((row as { conname?: string }).conname ?? "").startsWith("ck_");

describe("migrations", () => {
  let fromMigrations: string;
  let fromSchema: string;

  beforeAll(async () => {
    fromMigrations = await createScratchDatabase(adminUrl, "pantau_mig");
    fromSchema = await createScratchDatabase(adminUrl, "pantau_schema");
    await migrate(fromMigrations);
    const script = execFileSync(
      "npx",
      ["prisma", "migrate", "diff", "--from-empty", "--to-schema-datamodel", "prisma/schema.prisma", "--script"],
      { env: { ...process.env, DATABASE_URL: fromSchema }, encoding: "utf8" },
    );
    const client = new pg.Client({ connectionString: fromSchema });
    await client.connect();
    await client.query(script);
    await client.end();
  }, 120_000);

  afterAll(async () => {
    await dropDatabase(adminUrl, fromMigrations);
    await dropDatabase(adminUrl, fromSchema);
  });

  it("produce exactly the tables, columns, enums, keys and indexes of schema.prisma", async () => {
    const migrated = await readCatalog(fromMigrations);
    const declared = await readCatalog(fromSchema);
    expect(migrated.columns!.length).toBeGreaterThan(100);
    expect(migrated.columns).toEqual(declared.columns);
    expect(migrated.enums).toEqual(declared.enums);
    expect(migrated.indexes).toEqual(declared.indexes);
    expect(migrated.constraints!.filter((row) => !handWritten(row))).toEqual(declared.constraints);
  });

  it("add the hand-written code and tenancy checks", async () => {
    const names = (await readCatalog(fromMigrations))
      .constraints!.filter(handWritten)
      .map((row) => (row as { conname: string }).conname);
    expect(names).toEqual(
      expect.arrayContaining(["ck_region_code_shape", "ck_region_tenancy", "ck_facility_tree", "ck_role_place"]),
    );
  });

  it("apply once: a second run finds nothing pending", async () => {
    expect(await migrate(fromMigrations)).toEqual([]);
  });

  it("refuse a migration edited after it was applied", async () => {
    const edited = readMigrations().map((migration, index) =>
      index === 0 ? { ...migration, checksum: "0".repeat(64) } : migration,
    );
    await expect(migrate(fromMigrations, edited)).rejects.toThrow(/edited after it was applied/);
  });
});
