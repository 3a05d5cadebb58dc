import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { isUniqueViolation } from "@/lib/server/validation";
import { CLASSIFICATION, citusViolations, readCatalog, type Catalog } from "@/lib/db/citus-check";
import {
  citusReadmeBlock,
  citusSetupStatements,
  DISTRIBUTED_TABLES,
  README_BEGIN,
  README_END,
  REFERENCE_TABLES,
} from "@/lib/db/distribution";

// Citus cannot be installed here, so its rules are checked on the migrated schema itself
// (lib/db/citus-check.ts against the one classification, lib/db/distribution.ts), and the
// set-up's own ALTER TABLE statements are run (in a transaction that is rolled back).
const owner = new pg.Client({ connectionString: inject("databaseUrl") });
beforeAll(() => owner.connect());
afterAll(() => owner.end());

/** Runs `work` in a transaction that is always rolled back. */
async function rolledBack<T>(work: () => Promise<T>): Promise<T> {
  await owner.query("BEGIN");
  try {
    return await work();
  } finally {
    await owner.query("ROLLBACK");
  }
}

const SETUP_ALTERS = citusSetupStatements().filter((statement) => statement.startsWith("ALTER TABLE"));

describe("Citus readiness of the migrated schema", () => {
  let catalog: Catalog;
  beforeAll(async () => {
    catalog = await readCatalog(owner);
  });

  it("reads a real catalog: every table, the keys and the foreign keys", () => {
    expect(catalog.tables.length).toBeGreaterThan(30);
    expect(catalog.indexes.filter((index) => index.primary).length).toBeGreaterThan(30);
    expect(catalog.foreignKeys.length).toBeGreaterThan(30);
    expect(Object.keys(DISTRIBUTED_TABLES).length).toBeGreaterThan(15);
    expect(Object.keys(REFERENCE_TABLES)).toEqual(expect.arrayContaining(["Region", "User", "NipRegistry"]));
  });

  it("classifies every table once, and keeps Citus' key and foreign-key rules", () => {
    expect(citusViolations(catalog)).toEqual([]);
  });

  it("after the set-up's primary keys, every distributed key includes districtId, and the rules still hold", async () => {
    expect(SETUP_ALTERS.length).toBe(Object.values(DISTRIBUTED_TABLES).filter((table) => table.key).length);
    const after = await rolledBack(async () => {
      for (const statement of SETUP_ALTERS) await owner.query(statement);
      return readCatalog(owner);
    });
    expect(citusViolations(after, { afterSetup: true })).toEqual([]);
    const primaries = after.indexes.filter((index) => index.primary && index.table in DISTRIBUTED_TABLES);
    expect(primaries.length).toBe(Object.keys(DISTRIBUTED_TABLES).length);
    for (const key of primaries) expect(key.columns, key.table).toContain("districtId");
    // The same schema as migrated fails the strict reading: the check is not vacuous.
    const strict = citusViolations(catalog, { afterSetup: true }).filter((problem) =>
      / primary key .* lacks /.test(problem),
    );
    expect(strict).toHaveLength(SETUP_ALTERS.length);
  });

  it("fails on what Citus refuses: an unclassified table, a global unique key, foreign keys it cannot keep", async () => {
    const problems = await rolledBack(async () => {
      await owner.query(`CREATE TABLE "Unclassified" (id int PRIMARY KEY)`);
      await owner.query(`CREATE UNIQUE INDEX "Staff_id_global" ON "Staff" (id)`);
      await owner.query(`ALTER TABLE "RoleAssignment" ADD CONSTRAINT "ra_facility" FOREIGN KEY ("puskesmasId", "regionId")
                         REFERENCES "Facility" (id, "districtId")`);
      await owner.query(
        `ALTER TABLE "Kader" ADD CONSTRAINT "kader_by_id" FOREIGN KEY ("posyanduId") REFERENCES "Facility" (id)`,
      );
      await owner.query(`ALTER TABLE "Kader" ADD CONSTRAINT "kader_cascade" FOREIGN KEY ("posyanduId", "districtId")
                         REFERENCES "Facility" (id, "districtId") ON UPDATE CASCADE`);
      await owner.query(`ALTER TABLE "Kader" ALTER COLUMN "districtId" DROP NOT NULL`);
      return citusViolations(await readCatalog(owner));
    });
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Unclassified: not classified/),
        expect.stringMatching(/^Staff: unique index Staff_id_global \(id\) lacks "districtId"/),
        expect.stringMatching(
          /^RoleAssignment\.ra_facility -> Facility: a reference table may not point into a distributed/,
        ),
        expect.stringMatching(/^Kader\.kader_by_id -> Facility: a foreign key between distributed tables must pair/),
        expect.stringMatching(/^Kader\.kader_cascade -> Facility: ON UPDATE CASCADE/),
        expect.stringMatching(/^Kader: "districtId" may be null/),
        expect.stringMatching(/^RoleAssignment: listed before Facility, which it points to \(ra_facility\)/),
      ]),
    );
    expect(problems, problems.join("\n")).toHaveLength(7);
  });

  it("fails when a table is left out of the lists, or listed before a table it points to", () => {
    const distributed = Object.fromEntries(
      Object.entries(CLASSIFICATION.distributed).filter(([table]) => table !== "Staff"),
    );
    expect(citusViolations(catalog, { classes: { ...CLASSIFICATION, distributed } })).toEqual([
      expect.stringMatching(/^Staff: not classified/),
    ]);
    const { Facility, ...rest } = CLASSIFICATION.distributed;
    const reordered = { ...rest, Facility: Facility! };
    expect(citusViolations(catalog, { classes: { ...CLASSIFICATION, distributed: reordered } })).toEqual(
      expect.arrayContaining([expect.stringMatching(/^PuskesmasDesa: listed before Facility/)]),
    );
  });

  it("is what the README's Citus paragraph lists", () => {
    const readme = fs.readFileSync(path.join(process.cwd(), "README.md"), "utf8");
    const start = readme.indexOf(README_BEGIN);
    const end = readme.indexOf(README_END);
    expect(start, "README has the generated Citus block").toBeGreaterThan(-1);
    expect(readme.slice(start, end + README_END.length)).toBe(citusReadmeBlock());
  });
});

describe("national keys kept in reference tables", () => {
  type Ids = { a: string; b: string; pkmA: string; pkmB: string };
  let ids: Ids;
  beforeAll(async () => {
    const districts = (await owner.query(`SELECT code, id FROM "Region" WHERE code IN ('17.02', '33.19')`)).rows;
    const a = districts.find((row) => row.code === "17.02")!.id as string;
    const b = districts.find((row) => row.code === "33.19")!.id as string;
    const puskesmas = async (districtId: string) =>
      (
        await owner.query(`SELECT id FROM "Facility" WHERE "districtId" = $1 AND type = 'PUSKESMAS' LIMIT 1`, [
          districtId,
        ])
      ).rows[0].id as string;
    ids = { a, b, pkmA: await puskesmas(a), pkmB: await puskesmas(b) };
  });

  const NIP = "198503012010071001";
  const addStaff = (districtId: string, puskesmasId: string, nip: string | null, name = "Uji Registri") =>
    owner.query(
      `INSERT INTO "Staff" ("districtId", "puskesmasId", name, nip, profession) VALUES ($1, $2, $3, $4, 'BIDAN') RETURNING id`,
      [districtId, puskesmasId, name, nip],
    );
  const registered = async (nip: string) =>
    (await owner.query(`SELECT "districtId", "staffId" FROM "NipRegistry" WHERE nip = $1`, [nip])).rows;

  it("hold every NIP and facility code of the seeded data", async () => {
    const { rows } = await owner.query(`
      SELECT (SELECT count(*) FROM "Staff" WHERE nip IS NOT NULL)::int AS staff,
             (SELECT count(*) FROM "NipRegistry" r JOIN "Staff" s ON s.id = r."staffId" AND s.nip = r.nip AND s."districtId" = r."districtId")::int AS nips,
             (SELECT count(*) FROM "Facility")::int AS facilities,
             (SELECT count(*) FROM "FacilityCodeRegistry" r JOIN "Facility" f ON f.id = r."facilityId" AND f.type = r.type AND f.code = r.code AND f."districtId" = r."districtId")::int AS codes`);
    expect(rows[0].staff).toBeGreaterThan(0);
    expect(rows[0]).toEqual({
      staff: rows[0].staff,
      nips: rows[0].staff,
      facilities: rows[0].facilities,
      codes: rows[0].facilities,
    });
  });

  it("refuse a NIP held in another district, and free it when its holder changes it or goes", async () => {
    await rolledBack(async () => {
      const first = (await addStaff(ids.a, ids.pkmA, NIP)).rows[0].id;
      expect(await registered(NIP)).toEqual([{ districtId: ids.a, staffId: first }]);
      await owner.query("SAVEPOINT s");
      await expect(addStaff(ids.b, ids.pkmB, NIP)).rejects.toMatchObject({
        code: "23505",
        constraint: "NipRegistry_pkey",
      });
      await owner.query("ROLLBACK TO SAVEPOINT s");
      // The same district's own unique key refuses it too.
      await expect(addStaff(ids.a, ids.pkmA, NIP)).rejects.toMatchObject({ code: "23505" });
      await owner.query("ROLLBACK TO SAVEPOINT s");
      await owner.query(`UPDATE "Staff" SET nip = '198503012010071002' WHERE id = $1`, [first]);
      expect(await registered(NIP)).toEqual([]);
      const second = (await addStaff(ids.b, ids.pkmB, NIP)).rows[0].id;
      expect(await registered(NIP)).toEqual([{ districtId: ids.b, staffId: second }]);
      await owner.query(`DELETE FROM "Staff" WHERE id = $1`, [second]);
      expect(await registered(NIP)).toEqual([]);
    });
  });

  it("reach the app as a unique violation, so the staff form and import keep their 'NIP sudah dipakai' message", async () => {
    const prisma = createPrismaClient(inject("databaseUrl"), { max: 1 });
    try {
      const nip = "199001012015031009";
      const first = await prisma.staff.create({
        data: { districtId: ids.a, puskesmasId: ids.pkmA, name: "Uji Registri", nip, profession: "BIDAN" },
      });
      const error = await prisma.staff
        .create({ data: { districtId: ids.b, puskesmasId: ids.pkmB, name: "Uji Registri", nip, profession: "BIDAN" } })
        .then(
          () => null,
          (caught: unknown) => caught,
        );
      expect(error).not.toBeNull();
      expect(isUniqueViolation(error)).toBe(true);
      await prisma.staff.delete({ where: { id: first.id } });
      expect(await registered(nip)).toEqual([]);
    } finally {
      await prisma.$disconnect();
    }
  });

  it("refuse a facility code of the same type held in another district", async () => {
    await rolledBack(async () => {
      const code = (await owner.query(`SELECT code FROM "Facility" WHERE id = $1`, [ids.pkmA])).rows[0].code;
      await owner.query("SAVEPOINT s");
      await expect(
        owner.query(`INSERT INTO "Facility" ("districtId", type, code, name) VALUES ($1, 'PUSKESMAS', $2, 'Salinan')`, [
          ids.b,
          code,
        ]),
      ).rejects.toMatchObject({ code: "23505", constraint: "FacilityCodeRegistry_pkey" });
      await owner.query("ROLLBACK TO SAVEPOINT s");
      // Renamed, the code is free for another district.
      await owner.query(`UPDATE "Facility" SET code = 'UJI-GANTI' WHERE id = $1`, [ids.pkmA]);
      const moved = (
        await owner.query(
          `INSERT INTO "Facility" ("districtId", type, code, name) VALUES ($1, 'PUSKESMAS', $2, 'Salinan') RETURNING id`,
          [ids.b, code],
        )
      ).rows[0].id;
      const { rows } = await owner.query(
        `SELECT code, "districtId", "facilityId" FROM "FacilityCodeRegistry" WHERE type = 'PUSKESMAS' AND code IN ($1, 'UJI-GANTI') ORDER BY code`,
        [code],
      );
      expect(rows).toEqual(
        [
          { code, districtId: ids.b, facilityId: moved },
          { code: "UJI-GANTI", districtId: ids.a, facilityId: ids.pkmA },
        ].sort((x, y) => (x.code < y.code ? -1 : 1)),
      );
    });
  });

  it("keep a role's puskesmas inside its district without a foreign key into Facility", async () => {
    await rolledBack(async () => {
      const user = (
        await owner.query(
          `INSERT INTO "User" (username, name, "passwordHash") VALUES ('uji.registri', 'Uji', 'x') RETURNING id`,
        )
      ).rows[0].id;
      await owner.query("SAVEPOINT s");
      await expect(
        owner.query(
          `INSERT INTO "RoleAssignment" ("userId", role, "regionId", "puskesmasId") VALUES ($1, 'PUSKESMAS_HEAD', $2, $3)`,
          [user, ids.b, ids.pkmA],
        ),
      ).rejects.toMatchObject({ code: "23503" });
      await owner.query("ROLLBACK TO SAVEPOINT s");
      await owner.query(
        `INSERT INTO "RoleAssignment" ("userId", role, "regionId", "puskesmasId") VALUES ($1, 'PUSKESMAS_HEAD', $2, $3)`,
        [user, ids.a, ids.pkmA],
      );
      const fresh = (
        await owner.query(
          `INSERT INTO "Facility" ("districtId", type, code, name) VALUES ($1, 'PUSKESMAS', 'UJI-RA-1', 'Uji') RETURNING id`,
          [ids.a],
        )
      ).rows[0].id;
      await owner.query(`UPDATE "RoleAssignment" SET "puskesmasId" = $1 WHERE "userId" = $2`, [fresh, user]);
      await owner.query("SAVEPOINT t");
      await expect(owner.query(`DELETE FROM "Facility" WHERE id = $1`, [fresh])).rejects.toMatchObject({
        code: "23503",
      });
      await owner.query("ROLLBACK TO SAVEPOINT t");
      await owner.query(`DELETE FROM "RoleAssignment" WHERE "userId" = $1`, [user]);
      await owner.query(`DELETE FROM "Facility" WHERE id = $1`, [fresh]);
      expect(
        (await owner.query(`SELECT count(*)::int AS n FROM "FacilityCodeRegistry" WHERE code = 'UJI-RA-1'`)).rows[0].n,
      ).toBe(0);
    });
  });
});
