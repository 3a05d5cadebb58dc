import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createActivityAction } from "@/lib/activities/actions";
import { createPrismaClient } from "@/lib/db/client";
import { changeStageAction } from "@/lib/facilities/actions";
import { getPuskesmasDetail } from "@/lib/facilities/queries";
import { NotFoundError } from "@/lib/server/errors";
import { withScope } from "@/lib/server/scoped-db";
import { actAs } from "../support/act-as";
import { createTenancyFixtures, type TenancyFixtures } from "../support/tenancy-fixtures";

const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
let fixtures: TenancyFixtures;
beforeAll(async () => {
  fixtures = await createTenancyFixtures(owner);
});
afterAll(() => owner.$disconnect());

const today = () => new Date().toISOString().slice(0, 10);

describe("ids from the browser only name records; the scope decides", () => {
  it("a swapped facility id answers 'not found' and changes nothing", async () => {
    const foreign = await owner.facility.findUniqueOrThrow({
      where: { id: fixtures.facilities.otherProvincePuskesmas },
    });
    await actAs(fixtures.users.planner);
    const result = await changeStageAction({
      facilityId: foreign.id,
      toStage: "MENERAPKAN",
      effectiveDate: today(),
      note: "Mencoba id lain",
      version: foreign.version,
    });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await owner.facility.findUniqueOrThrow({ where: { id: foreign.id } })).toEqual(foreign);
  });

  it("a swapped puskesmas id reads as 'not found' for a puskesmas head", async () => {
    const head = (await actAs(fixtures.users.head))!;
    const own = await withScope(head.scope, (ctx) => getPuskesmasDetail(ctx, fixtures.facilities.ownPuskesmas));
    expect(own.name).toBe("Puskesmas Sumber Urip");
    await expect(
      withScope(head.scope, (ctx) => getPuskesmasDetail(ctx, fixtures.facilities.samePuskesmasDistrict)),
    ).rejects.toThrow(NotFoundError);
    await expect(
      withScope(head.scope, (ctx) => getPuskesmasDetail(ctx, fixtures.facilities.otherProvincePuskesmas)),
    ).rejects.toThrow(NotFoundError);
  });

  it("a list mixing own and foreign ids is refused whole, and nothing is written", async () => {
    await actAs(fixtures.users.planner);
    const before = await owner.activity.count();
    const result = await createActivityAction({
      districtCode: "17.02",
      type: "SOSIALISASI",
      title: "Sosialisasi campuran",
      date: "2025-02-01",
      facilityIds: [fixtures.facilities.ownPuskesmas, fixtures.facilities.otherProvincePuskesmas],
    });
    expect(result).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await owner.activity.count()).toBe(before);
  });

  it("ignores a districtId injected into the payload", async () => {
    await actAs(fixtures.users.planner);
    const payload = {
      districtCode: "17.02",
      districtId: fixtures.districts.other,
      type: "PELATIHAN" as const,
      title: "Pelatihan dengan districtId sisipan",
      date: "2025-03-01",
      participantCount: 30,
      facilityIds: [fixtures.facilities.ownPuskesmas],
    };
    const result = await createActivityAction(payload);
    expect(result.ok).toBe(true);
    const created = await owner.activity.findFirstOrThrow({ where: { title: payload.title } });
    expect(created.districtId).toBe(fixtures.districts.own);
    expect(await owner.activity.count({ where: { title: payload.title, districtId: fixtures.districts.other } })).toBe(
      0,
    );
  });

  it("a stage change's injected districtId does not move the write elsewhere", async () => {
    const own = await owner.facility.findUniqueOrThrow({ where: { id: fixtures.facilities.samePuskesmasDistrict } });
    await actAs(fixtures.users.planner);
    const toStage = own.currentStage === "PERSIAPAN" ? "UJI_COBA" : "PERSIAPAN";
    const result = await changeStageAction({
      facilityId: own.id,
      toStage,
      effectiveDate: today(),
      note: "Uji districtId sisipan",
      version: own.version,
      districtId: fixtures.districts.other,
    } as Parameters<typeof changeStageAction>[0]);
    expect(result.ok).toBe(true);
    const change = await owner.facilityStageChange.findFirstOrThrow({
      where: { facilityId: own.id, note: "Uji districtId sisipan" },
    });
    expect(change.districtId).toBe(fixtures.districts.own);
  });
});
