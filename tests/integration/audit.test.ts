import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { listAuditLog } from "@/lib/audit/queries";
import { ZAuditFilters } from "@/lib/audit/schemas";
import { createPrismaClient } from "@/lib/db/client";
import { changeStageAction } from "@/lib/facilities/actions";
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

describe("the audit log", () => {
  it("records who changed district data, when, and the values before and after", async () => {
    // A posyandu: changing it leaves the district's puskesmas counts, which other tests read, alone.
    const facility = await owner.facility.findUniqueOrThrow({ where: { id: fixtures.facilities.ownPosyandu } });
    const toStage = facility.currentStage === "UJI_COBA" ? "PERSIAPAN" : "UJI_COBA";
    const note =
      facility.currentStage === "UJI_COBA" ? "Mundur: kader belum terlatih" : "Uji coba paket layanan siklus hidup";
    await actAs(fixtures.users.planner);
    expect(
      await changeStageAction({
        facilityId: facility.id,
        toStage,
        effectiveDate: new Date().toISOString().slice(0, 10),
        note,
        version: facility.version,
      }),
    ).toMatchObject({ ok: true });

    const update = await owner.auditLog.findFirstOrThrow({
      where: { entity: "Facility", entityId: facility.id, action: "update" },
      orderBy: { id: "desc" },
    });
    expect(update.actorId).toBe(fixtures.users.planner);
    expect(update.districtId).toBe(fixtures.districts.own);
    expect((update.before as { currentStage: string }).currentStage).toBe(facility.currentStage);
    expect(update.after as { currentStage: string; version: number }).toMatchObject({
      currentStage: toStage,
      version: facility.version + 1,
    });
    // The stage change this action wrote, and its own audit row: not the latest row of any facility.
    const changes = await owner.facilityStageChange.findMany({ where: { facilityId: facility.id, toStage, note } });
    expect(changes).toHaveLength(1);
    const inserts = await owner.auditLog.findMany({
      where: { entity: "FacilityStageChange", entityId: changes[0]!.id, action: "insert" },
    });
    expect(inserts).toHaveLength(1);
    expect(inserts[0]).toMatchObject({ actorId: fixtures.users.planner, districtId: fixtures.districts.own });
    expect(inserts[0]!.after).toMatchObject({ facilityId: facility.id, toStage, note });
  });

  it("lets a Dinkes admin read and filter their district's log, and nobody else's", async () => {
    const admin = (await actAs(fixtures.users.districtAdmin))!;
    const page = await withScope(admin.scope, (ctx) =>
      listAuditLog(ctx, ZAuditFilters.parse({ entitas: "Facility", aksi: "update" })),
    );
    expect(page.total).toBeGreaterThan(0);
    const districtIds = await owner.auditLog.findMany({
      where: { id: { in: page.rows.map((row) => BigInt(row.id)) } },
      select: { districtId: true },
    });
    expect(new Set(districtIds.map((row) => row.districtId))).toEqual(new Set([fixtures.districts.own]));
    expect(page.rows[0]!.actor).toContain("(perencana.rejanglebong)");
    expect(page.timeZone).toBe("Asia/Jakarta");

    const planner = (await actAs(fixtures.users.planner))!;
    await expect(withScope(planner.scope, (ctx) => listAuditLog(ctx, ZAuditFilters.parse({})))).rejects.toThrow(
      NotFoundError,
    );
  });

  it("exports what the admin sees as CSV", async () => {
    await actAs(fixtures.users.districtAdmin);
    const { GET } = await import("@/app/api/export/audit/route");
    const response = await GET(new Request("http://test/api/export/audit?entitas=Facility&aksi=update"), {
      params: Promise.resolve({}),
    });
    expect(response.status).toBe(200);
    const lines = (await response.text()).trim().split("\r\n");
    expect(lines[0]).toContain("Pelaku");
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.slice(1).every((line) => line.includes(",Fasilitas,"))).toBe(true);
    // Times in the district's zone, saying so (Rejang Lebong: WIB).
    expect(lines[1]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2} WIB,/);
  });
});
