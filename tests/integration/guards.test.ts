import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  requireDistrict,
  requireDistrictSelection,
  requireFacility,
  requireImportBatch,
  requireNational,
  requireProvince,
  requirePuskesmas,
  requireStaff,
} from "@/lib/auth/guards";
import { createPrismaClient } from "@/lib/db/client";
import { mayUndoImport } from "@/lib/imports/undo-service";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import { withScope, type Ctx } from "@/lib/server/scoped-db";
import { loadScope } from "@/lib/server/session";
import { createTenancyFixtures, type TenancyFixtures } from "../support/tenancy-fixtures";

// Every guard, as the actors who own the record, who sit beside it (a sibling
// puskesmas of the same district, or a sibling district) and who are foreign to it.
const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
let fixtures: TenancyFixtures;
const staff = { own: "", sibling: "", foreign: "" };
const batches = { own: "", sibling: "" };

beforeAll(async () => {
  fixtures = await createTenancyFixtures(owner);
  const worker = async (puskesmasId: string, name: string) => {
    const puskesmas = await owner.facility.findUniqueOrThrow({
      where: { id: puskesmasId },
      select: { districtId: true },
    });
    return (
      await owner.staff.create({
        data: { districtId: puskesmas.districtId, puskesmasId, name, profession: "PERAWAT", isIllustrative: true },
        select: { id: true },
      })
    ).id;
  };
  staff.own = await worker(fixtures.facilities.ownPuskesmas, "Uji Penjaga Milik Sendiri");
  staff.sibling = await worker(fixtures.facilities.samePuskesmasDistrict, "Uji Penjaga Tetangga");
  staff.foreign = await worker(fixtures.facilities.otherProvincePuskesmas, "Uji Penjaga Asing");
  const batch = async (puskesmasId: string) =>
    (
      await owner.importBatch.create({
        data: {
          districtId: fixtures.districts.own,
          puskesmasId,
          kind: "STAFF",
          fileName: "uji.csv",
          sha256: "0".repeat(64),
          rowCount: 0,
          createdCount: 0,
          updatedCount: 0,
          unchangedCount: 0,
          rejectedCount: 0,
        },
        select: { id: true },
      })
    ).id;
  batches.own = await batch(fixtures.facilities.ownPuskesmas);
  batches.sibling = await batch(fixtures.facilities.samePuskesmasDistrict);
});
afterAll(async () => {
  await owner.importBatch.deleteMany({ where: { id: { in: Object.values(batches) } } });
  await owner.staff.deleteMany({ where: { id: { in: Object.values(staff) } } });
  await owner.$disconnect();
});

async function as<T>(actor: keyof TenancyFixtures["users"], work: (ctx: Ctx) => Promise<T>): Promise<T> {
  return withScope(await loadScope(fixtures.users[actor]), work);
}
const NOT_A_UUID = "1' OR '1'='1";
const MISSING = "00000000-0000-4000-8000-000000000000";

describe("requireDistrict", () => {
  it("reads the planner's own district by code and by id, writes it with their permissions", async () => {
    const district = await as("planner", (ctx) => requireDistrict(ctx, { code: "17.02" }, "facility.write"));
    expect(district).toMatchObject({
      id: fixtures.districts.own,
      code: "17.02",
      target: { districtId: fixtures.districts.own },
    });
    expect((await as("planner", (ctx) => requireDistrict(ctx, { id: fixtures.districts.own }))).code).toBe("17.02");
  });
  it("answers 'not found' for a sibling district, another province's, a missing and a malformed code", async () => {
    for (const key of [
      { code: "17.01" },
      { code: "33.19" },
      { code: "99.99" },
      { code: "17.02'--" },
      { id: NOT_A_UUID },
      { id: fixtures.districts.sibling },
    ]) {
      await expect(
        as("planner", (ctx) => requireDistrict(ctx, key)),
        JSON.stringify(key),
      ).rejects.toThrow(NotFoundError);
    }
  });
  it("answers 'forbidden' to a reader asked to write, and 'not found' to a head (who reads only their puskesmas)", async () => {
    await expect(as("viewer", (ctx) => requireDistrict(ctx, { code: "17.02" }, "target.write"))).rejects.toThrow(
      ForbiddenError,
    );
    await expect(as("province", (ctx) => requireDistrict(ctx, { code: "17.01" }, "activity.write"))).rejects.toThrow(
      ForbiddenError,
    );
    expect((await as("province", (ctx) => requireDistrict(ctx, { code: "17.01" }))).code).toBe("17.01");
    await expect(as("head", (ctx) => requireDistrict(ctx, { code: "17.02" }))).rejects.toThrow(NotFoundError);
  });
});

describe("requirePuskesmas", () => {
  it("lets a head read and write their own puskesmas' roster", async () => {
    const own = await as("head", (ctx) => requirePuskesmas(ctx, fixtures.facilities.ownPuskesmas, "staff.write"));
    expect(own).toMatchObject({
      name: "Puskesmas Sumber Urip",
      target: { districtId: fixtures.districts.own, puskesmasId: fixtures.facilities.ownPuskesmas },
    });
  });
  it("answers a head 'not found' for a sibling puskesmas, a foreign one, a missing and a malformed id", async () => {
    for (const id of [
      fixtures.facilities.samePuskesmasDistrict,
      fixtures.facilities.otherProvincePuskesmas,
      MISSING,
      NOT_A_UUID,
      fixtures.facilities.ownPosyandu,
    ]) {
      await expect(
        as("head", (ctx) => requirePuskesmas(ctx, id)),
        id,
      ).rejects.toThrow(NotFoundError);
    }
  });
  it("lets a planner read every puskesmas of the district but not write its roster", async () => {
    expect((await as("planner", (ctx) => requirePuskesmas(ctx, fixtures.facilities.samePuskesmasDistrict))).id).toBe(
      fixtures.facilities.samePuskesmasDistrict,
    );
    await expect(
      as("planner", (ctx) => requirePuskesmas(ctx, fixtures.facilities.ownPuskesmas, "staff.write")),
    ).rejects.toThrow(ForbiddenError);
    await expect(as("planner", (ctx) => requirePuskesmas(ctx, fixtures.facilities.siblingPuskesmas))).rejects.toThrow(
      NotFoundError,
    );
  });
});

describe("requireFacility", () => {
  it("lets a head change the stage of their network, never of the puskesmas itself", async () => {
    const posyandu = await as("head", (ctx) => requireFacility(ctx, fixtures.facilities.ownPosyandu, "stage.write"));
    expect(posyandu.puskesmasId).toBe(fixtures.facilities.ownPuskesmas);
    await expect(
      as("head", (ctx) => requireFacility(ctx, fixtures.facilities.ownPuskesmas, "stage.write")),
    ).rejects.toThrow(ForbiddenError);
    await expect(
      as("head", (ctx) => requireFacility(ctx, fixtures.facilities.ownPosyandu, "facility.write")),
    ).rejects.toThrow(ForbiddenError);
  });
  it("answers 'not found' for a sibling's or a foreign facility and a malformed id", async () => {
    for (const id of [
      fixtures.facilities.samePuskesmasDistrict,
      fixtures.facilities.siblingPustu,
      fixtures.facilities.otherProvincePuskesmas,
      NOT_A_UUID,
    ]) {
      await expect(
        as("head", (ctx) => requireFacility(ctx, id)),
        id,
      ).rejects.toThrow(NotFoundError);
    }
    await expect(
      as("planner", (ctx) => requireFacility(ctx, fixtures.facilities.siblingPustu, "stage.write")),
    ).rejects.toThrow(NotFoundError);
  });
  it("lets a planner move any stage of the district; a viewer only reads", async () => {
    expect(
      (await as("planner", (ctx) => requireFacility(ctx, fixtures.facilities.ownPuskesmas, "stage.write"))).type,
    ).toBe("PUSKESMAS");
    await expect(
      as("viewer", (ctx) => requireFacility(ctx, fixtures.facilities.ownPosyandu, "stage.write")),
    ).rejects.toThrow(ForbiddenError);
  });
});

describe("requireStaff", () => {
  it("lets a head read and edit their own worker, also named under their puskesmas", async () => {
    expect(
      (await as("head", (ctx) => requireStaff(ctx, staff.own, "staff.write", fixtures.facilities.ownPuskesmas)))
        .puskesmasId,
    ).toBe(fixtures.facilities.ownPuskesmas);
  });
  it("answers 'not found' for a sibling's worker, a foreign one, one named under the wrong puskesmas and a malformed id", async () => {
    for (const id of [staff.sibling, staff.foreign, NOT_A_UUID, MISSING])
      await expect(
        as("head", (ctx) => requireStaff(ctx, id)),
        id,
      ).rejects.toThrow(NotFoundError);
    await expect(
      as("planner", (ctx) => requireStaff(ctx, staff.sibling, undefined, fixtures.facilities.ownPuskesmas)),
    ).rejects.toThrow(NotFoundError);
  });
  it("lets a planner read any worker of the district, but not edit them", async () => {
    expect((await as("planner", (ctx) => requireStaff(ctx, staff.sibling))).id).toBe(staff.sibling);
    await expect(as("planner", (ctx) => requireStaff(ctx, staff.own, "staff.write"))).rejects.toThrow(ForbiddenError);
  });
});

describe("requireImportBatch", () => {
  const undo = (ctx: Ctx) => (target: Parameters<typeof mayUndoImport>[1]) => mayUndoImport(ctx.scope, target);
  it("lets a head undo their puskesmas' batch; a sibling's is 'not found'", async () => {
    expect((await as("head", (ctx) => requireImportBatch(ctx, batches.own, undo(ctx)))).puskesmasId).toBe(
      fixtures.facilities.ownPuskesmas,
    );
    await expect(as("head", (ctx) => requireImportBatch(ctx, batches.sibling))).rejects.toThrow(NotFoundError);
    await expect(as("head", (ctx) => requireImportBatch(ctx, NOT_A_UUID))).rejects.toThrow(NotFoundError);
  });
  it("lets a planner undo any batch of the district; a viewer reads it and is refused", async () => {
    expect((await as("planner", (ctx) => requireImportBatch(ctx, batches.sibling, undo(ctx)))).id).toBe(
      batches.sibling,
    );
    await expect(as("viewer", (ctx) => requireImportBatch(ctx, batches.own, undo(ctx)))).rejects.toThrow(
      ForbiddenError,
    );
  });
});

describe("requireProvince, requireNational, requireDistrictSelection", () => {
  it("opens a province to its officials and national readers only", async () => {
    expect((await as("province", (ctx) => requireProvince(ctx, "17"))).name).toMatch(/Bengkulu/i);
    expect((await as("national", (ctx) => requireProvince(ctx, "33"))).code).toBe("33");
    for (const code of ["33", "1", "17'--"])
      await expect(
        as("province", (ctx) => requireProvince(ctx, code)),
        code,
      ).rejects.toThrow(NotFoundError);
    await expect(as("planner", (ctx) => requireProvince(ctx, "17"))).rejects.toThrow(NotFoundError);
  });
  it("opens the national views and selections to their readers only", async () => {
    await expect(as("national", async (ctx) => requireNational(ctx))).resolves.toBeUndefined();
    await expect(as("province", async (ctx) => requireNational(ctx))).rejects.toThrow(NotFoundError);
    await expect(
      as("planner", async (ctx) => requireDistrictSelection(ctx, { districtId: fixtures.districts.own })),
    ).resolves.toBeUndefined();
    await expect(
      as("planner", async (ctx) => requireDistrictSelection(ctx, { districtId: fixtures.districts.sibling })),
    ).rejects.toThrow(NotFoundError);
    await expect(as("planner", async (ctx) => requireDistrictSelection(ctx, "ALL"))).rejects.toThrow(NotFoundError);
  });
});
