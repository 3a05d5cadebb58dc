import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { closeFacilityAction, createFacilityAction, updateFacilityAction } from "@/lib/facilities/actions";
import { actAs } from "../support/act-as";
import { createPuskesmas, createPustu, district } from "../support/factories";
import { createTenancyFixtures, ensureUser, type TenancyFixtures } from "../support/tenancy-fixtures";

const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
let fixtures: TenancyFixtures;
let plannerId = "";
beforeAll(async () => {
  fixtures = await createTenancyFixtures(owner);
  // Bengkulu Selatan's planner: its changes touch none of the demo districts other tests read.
  plannerId = await ensureUser(owner, "perencana.bengkuluselatan", "DINKES_PLANNER", fixtures.districts.sibling);
});
afterAll(() => owner.$disconnect());

describe("managing facilities", () => {
  it("adds a pustu with its desa and puskesmas, and refuses a second with the same code", async () => {
    await actAs(plannerId);
    const input = {
      districtCode: "17.01",
      type: "PUSTU" as const,
      code: "PUSTU-KEDURANG-2",
      name: "Pustu Batu Ampar Dua",
      desaCode: "17.01.01.2001",
      parentId: fixtures.facilities.siblingPuskesmas,
    };
    expect(await createFacilityAction(input)).toMatchObject({ ok: true });
    expect(await createFacilityAction(input)).toMatchObject({
      ok: false,
      code: "VALIDATION",
      messageKey: "errors.facilityDuplicate",
    });
    const created = await owner.facility.findFirstOrThrow({
      where: { code: "PUSTU-KEDURANG-2" },
      include: { desa: true, kecamatan: true },
    });
    expect(created).toMatchObject({
      districtId: fixtures.districts.sibling,
      parentId: fixtures.facilities.siblingPuskesmas,
      currentStage: "BELUM",
    });
    expect(created.desa?.code).toBe("17.01.01.2001");
    expect(created.kecamatan?.code).toBe("17.01.01");
  });

  it("refuses a stale edit and says who changed which fields", async () => {
    await actAs(plannerId);
    const opened = await owner.facility.findUniqueOrThrow({ where: { id: fixtures.facilities.siblingPuskesmas } });
    expect(
      await updateFacilityAction({
        id: opened.id,
        version: opened.version,
        name: opened.name,
        aliases: ["Kedurang Lama"],
        hasInpatient: true,
      }),
    ).toMatchObject({ ok: true });
    const stale = await updateFacilityAction({
      id: opened.id,
      version: opened.version,
      name: "Nama Basi",
      aliases: [],
    });
    expect(stale).toMatchObject({
      ok: false,
      code: "CONFLICT",
      messageKey: "errors.recordConflict",
      values: { by: "perencana.bengkuluselatan" },
    });
    if (stale.ok) throw new Error("expected a conflict");
    expect(String(stale.values?.fields)).toContain("aliases");
    expect(String(stale.values?.fields)).toContain("hasInpatient");
    expect((await owner.facility.findUniqueOrThrow({ where: { id: opened.id } })).name).toBe(opened.name);
  });

  it("closes a facility only once its pustu and posyandu are closed", async () => {
    await actAs(plannerId);
    const bengkuluSelatan = await district(owner, "17.01");
    const puskesmas = await createPuskesmas(owner, bengkuluSelatan);
    const pustu = await createPustu(owner, puskesmas);
    expect(
      await closeFacilityAction({ id: puskesmas.id, version: puskesmas.version, closedOn: "2026-01-31" }),
    ).toMatchObject({
      ok: false,
      messageKey: "errors.closeChildrenFirst",
    });
    expect(await closeFacilityAction({ id: pustu.id, version: pustu.version, closedOn: "2026-01-31" })).toMatchObject({
      ok: true,
    });
    expect(
      (await owner.facility.findUniqueOrThrow({ where: { id: pustu.id } })).closedAt?.toISOString().slice(0, 10),
    ).toBe("2026-01-31");
    expect(
      await closeFacilityAction({ id: puskesmas.id, version: puskesmas.version, closedOn: "2026-02-28" }),
    ).toMatchObject({ ok: true });
    expect(
      (await owner.facility.findUniqueOrThrow({ where: { id: puskesmas.id } })).closedAt?.toISOString().slice(0, 10),
    ).toBe("2026-02-28");
  });
});
