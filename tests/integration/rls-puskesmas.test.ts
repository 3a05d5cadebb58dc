import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { withScope, type Ctx } from "@/lib/server/scoped-db";
import { loadScope } from "@/lib/server/session";
import { createTenancyFixtures, type TenancyFixtures } from "../support/tenancy-fixtures";

// The database's own backstop per puskesmas: inside a head's scope (set by
// withScope from the permission table), writes to a sibling puskesmas' rows are
// refused by row-level security even when no app check runs.
const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
let fixtures: TenancyFixtures;
const staff = { own: "", sibling: "" };

beforeAll(async () => {
  fixtures = await createTenancyFixtures(owner);
  const worker = async (puskesmasId: string, name: string) =>
    (
      await owner.staff.create({
        data: { districtId: fixtures.districts.own, puskesmasId, name, profession: "BIDAN", isIllustrative: true },
        select: { id: true },
      })
    ).id;
  staff.own = await worker(fixtures.facilities.ownPuskesmas, "Uji RLS Milik Sendiri");
  staff.sibling = await worker(fixtures.facilities.samePuskesmasDistrict, "Uji RLS Tetangga");
});
afterAll(async () => {
  await owner.staff.deleteMany({ where: { id: { in: Object.values(staff) } } });
  await owner.$disconnect();
});

class Rollback extends Error {
  constructor(readonly value: unknown) {
    super("rollback");
  }
}
/** Runs `work` in the actor's scope and rolls everything back, returning what it returned. */
async function inScope<T>(actor: "head" | "planner", work: (ctx: Ctx) => Promise<T>): Promise<T> {
  const scope = await loadScope(fixtures.users[actor]);
  try {
    await withScope(scope, async (ctx) => {
      throw new Rollback(await work(ctx));
    });
  } catch (error) {
    if (error instanceof Rollback) return error.value as T;
    throw error;
  }
  throw new Error("unreachable");
}

const renameStaff = (id: string) => (ctx: Ctx) =>
  ctx.db.$executeRaw`UPDATE "Staff" SET name = 'Diubah lewat SQL' WHERE id = ${id}::uuid`;

describe("row-level security per puskesmas, as a head", () => {
  it("lets the head read a sibling puskesmas' staff row but not write it: the database itself refuses", async () => {
    expect(await inScope("head", (ctx) => ctx.db.staff.count({ where: { id: staff.sibling } }))).toBe(1);
    expect(await inScope("head", renameStaff(staff.sibling))).toBe(0);
    expect(await inScope("head", (ctx) => ctx.db.staff.deleteMany({ where: { id: staff.sibling } }))).toEqual({
      count: 0,
    });
    expect(await inScope("head", renameStaff(staff.own))).toBe(1);
    expect((await owner.staff.findUniqueOrThrow({ where: { id: staff.sibling } })).name).toBe("Uji RLS Tetangga");
  });

  it("refuses the head's inserts into a sibling puskesmas: staff, cluster assignments, import batches", async () => {
    await expect(
      inScope("head", (ctx) =>
        ctx.db.staff.create({
          data: {
            districtId: fixtures.districts.own,
            puskesmasId: fixtures.facilities.samePuskesmasDistrict,
            name: "Sisipan",
            profession: "PERAWAT",
          },
        }),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      inScope("head", (ctx) =>
        ctx.db.clusterAssignment.create({
          data: {
            districtId: fixtures.districts.own,
            staffId: staff.sibling,
            clusterId: 1,
            effectiveFrom: new Date("2026-01-01"),
          },
        }),
      ),
    ).rejects.toThrow(/row-level security/);
    await expect(
      inScope("head", (ctx) =>
        ctx.db.importBatch.create({
          data: {
            districtId: fixtures.districts.own,
            puskesmasId: fixtures.facilities.samePuskesmasDistrict,
            kind: "STAFF",
            fileName: "x.csv",
            sha256: "1".repeat(64),
            rowCount: 0,
            createdCount: 0,
            updatedCount: 0,
            unchangedCount: 0,
            rejectedCount: 0,
          },
        }),
      ),
    ).rejects.toThrow(/row-level security/);
    // Their own puskesmas' rows are theirs to write.
    const created = await inScope("head", (ctx) =>
      ctx.db.clusterAssignment.create({
        data: {
          districtId: fixtures.districts.own,
          staffId: staff.own,
          clusterId: 1,
          effectiveFrom: new Date("2026-01-01"),
        },
        select: { id: true },
      }),
    );
    expect(created.id).toBeTruthy();
  });

  it("limits the head's facility writes to their network and their own puskesmas row; stage changes to the network", async () => {
    const touch = (id: string) => (ctx: Ctx) =>
      ctx.db.$executeRaw`UPDATE "Facility" SET "placementNote" = "placementNote" WHERE id = ${id}::uuid`;
    expect(await inScope("head", touch(fixtures.facilities.ownPosyandu))).toBe(1);
    expect(await inScope("head", touch(fixtures.facilities.ownPuskesmas))).toBe(1);
    expect(await inScope("head", touch(fixtures.facilities.samePuskesmasDistrict))).toBe(0);
    const stageChange = (facilityId: string) => (ctx: Ctx) =>
      ctx.db.facilityStageChange.create({
        data: {
          districtId: fixtures.districts.own,
          facilityId,
          toStage: "PERSIAPAN",
          effectiveDate: new Date("2026-01-01"),
          note: "Uji RLS",
        },
        select: { id: true },
      });
    expect((await inScope("head", stageChange(fixtures.facilities.ownPosyandu))).id).toBeTruthy();
    await expect(inScope("head", stageChange(fixtures.facilities.ownPuskesmas))).rejects.toThrow(/row-level security/);
    await expect(inScope("head", stageChange(fixtures.facilities.samePuskesmasDistrict))).rejects.toThrow(
      /row-level security/,
    );
    // District data that is a planner's alone.
    await expect(
      inScope("head", (ctx) =>
        ctx.db.rolloutTarget.create({
          data: {
            districtId: fixtures.districts.own,
            year: 2031,
            kind: "PUSKESMAS_MENERAPKAN",
            targetCount: 1,
            deadline: new Date("2031-12-31"),
          },
        }),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it("keeps a planner's district-wide writes", async () => {
    expect(await inScope("planner", renameStaff(staff.sibling))).toBe(1);
    expect(await inScope("planner", renameStaff(staff.own))).toBe(1);
  });
});
