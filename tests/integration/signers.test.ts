import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GET } from "@/app/api/export/kabupaten/[code]/laporan/route";
import { createPrismaClient } from "@/lib/db/client";
import { setDistrictOfficeAction, setPuskesmasHeadAction } from "@/lib/signers/actions";
import { getPuskesmasHead } from "@/lib/signers/queries";
import { withScope } from "@/lib/server/scoped-db";
import { actAs } from "../support/act-as";
import { createTenancyFixtures, type TenancyFixtures } from "../support/tenancy-fixtures";

// Who signs: the Kepala Dinas recorded per district and the Kepala Puskesmas chosen from its own staff,
// printed in the report's PDF and the struktur organisasi, with scope, validation, concurrency and audit.
const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
let fixtures: TenancyFixtures;
beforeAll(async () => {
  fixtures = await createTenancyFixtures(owner);
});
afterAll(() => owner.$disconnect());

async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    for (const item of content.items) if ("str" in item) parts.push(item.str);
  }
  await pdf.destroy();
  return parts.join(" ").replace(/\s+/g, " ");
}

async function reportPdf(code: string): Promise<string> {
  const response = await GET(new Request(`http://test/api/export/kabupaten/${code}/laporan`), {
    params: Promise.resolve({ code }),
  });
  expect(response.status).toBe(200);
  return pdfText(new Uint8Array(await response.arrayBuffer()));
}

const kepalaDinas = {
  officeName: "Dinas Kesehatan Kabupaten Rejang Lebong",
  place: "Curup",
  headName: "dr. Siti Rahmawati, M.Kes",
  headNip: "197504122003122004",
  headTitle: "Plt. Kepala",
};

const storedHead = async (puskesmasId: string) =>
  (await owner.puskesmasHead.findFirst({ where: { puskesmasId } }))?.staffId ?? null;

async function staffOf(puskesmasId: string, name: string, active = true) {
  const puskesmas = await owner.facility.findUniqueOrThrow({ where: { id: puskesmasId } });
  return owner.staff.create({
    data: { districtId: puskesmas.districtId, puskesmasId, name, profession: "DOKTER", active, nip: null },
  });
}

describe("the district's report signatory", () => {
  it("prints a marked empty name until recorded, then the recorded Kepala Dinas, NIP, title, office and place", async () => {
    await actAs(fixtures.users.planner);
    const before = await reportPdf("17.02");
    expect(before).toContain("(nama belum diisi)");
    expect(before).toContain("Kepala Dinas Kesehatan Kabupaten Rejang Lebong");

    await actAs(fixtures.users.districtAdmin);
    const saved = await setDistrictOfficeAction({ districtCode: "17.02", ...kepalaDinas, version: 0 });
    expect(saved).toEqual({ ok: true, data: { version: 1 } });

    await actAs(fixtures.users.planner);
    const after = await reportPdf("17.02");
    expect(after).toContain("dr. Siti Rahmawati, M.Kes");
    expect(after).toContain("NIP. 197504122003122004");
    expect(after).toContain("Plt. Kepala Dinas Kesehatan Kabupaten Rejang Lebong");
    expect(after).toMatch(/Curup, \d{1,2} [A-Z][a-z]+ \d{4}/);
    expect(after).not.toContain("(nama belum diisi)");

    const audit = await owner.auditLog.findFirst({
      where: { entity: "DistrictOffice", districtId: fixtures.districts.own, action: "insert" },
    });
    expect((audit?.after as Record<string, unknown>)?.headNip).toBe("197504122003122004");
  });

  it("refuses a stale version, a malformed NIP, a reader and another district, and writes nothing", async () => {
    await actAs(fixtures.users.planner);
    const current = await owner.districtOffice.findUnique({ where: { districtId: fixtures.districts.own } });
    const version = current?.version ?? 0;
    const stale = await setDistrictOfficeAction({ districtCode: "17.02", ...kepalaDinas, version: version + 5 });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });
    const badNip = await setDistrictOfficeAction({ districtCode: "17.02", ...kepalaDinas, headNip: "12345", version });
    expect(badNip).toMatchObject({ ok: false, field: "headNip", messageKey: "staffing.errors.nipDigits" });
    const otherDistrict = await setDistrictOfficeAction({ districtCode: "33.19", ...kepalaDinas, version: 0 });
    expect(otherDistrict).toMatchObject({ ok: false, code: "NOT_FOUND" });
    await actAs(fixtures.users.viewer);
    const viewer = await setDistrictOfficeAction({ districtCode: "17.02", ...kepalaDinas, version });
    expect(viewer).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await owner.districtOffice.count({ where: { districtId: fixtures.districts.other } })).toBe(0);
    expect((await owner.districtOffice.findUnique({ where: { districtId: fixtures.districts.own } }))?.version).toBe(
      current?.version,
    );
  });

  it("is kept by row-level security too: an admin's scope writes their own district's row only", async () => {
    const admin = await actAs(fixtures.users.districtAdmin);
    await expect(
      withScope(admin!.scope, (ctx) =>
        ctx.db.districtOffice.create({ data: { districtId: fixtures.districts.sibling, headName: "Bukan di sini" } }),
      ),
    ).rejects.toThrow();
    // Nor does the admin's signatory grant open the district's other tables.
    await expect(
      withScope(admin!.scope, (ctx) =>
        ctx.db.facility.updateMany({ where: { id: fixtures.facilities.ownPuskesmas }, data: { name: "Diubah admin" } }),
      ),
    ).resolves.toEqual({ count: 0 });
    expect(await owner.districtOffice.count({ where: { districtId: fixtures.districts.sibling } })).toBe(0);
  });

  it("clears a field to null (printed as not entered), never to an empty string", async () => {
    await actAs(fixtures.users.planner);
    const current = await owner.districtOffice.findUnique({ where: { districtId: fixtures.districts.own } });
    const version = current?.version ?? 0;
    const saved = await setDistrictOfficeAction({
      districtCode: "17.02",
      ...kepalaDinas,
      headName: "   ",
      headNip: "",
      version,
    });
    expect(saved.ok).toBe(true);
    const row = await owner.districtOffice.findUniqueOrThrow({ where: { districtId: fixtures.districts.own } });
    expect(row.headName).toBeNull();
    expect(row.headNip).toBeNull();
    expect(await reportPdf("17.02")).toContain("(nama belum diisi)");
  });
});

describe("the puskesmas head", () => {
  it("is chosen by the head from their own staff, audited, and named on the struktur data", async () => {
    const head = await staffOf(fixtures.facilities.ownPuskesmas, "dr. Kepala Sumber Urip Uji");
    const facility = await owner.facility.findUniqueOrThrow({ where: { id: fixtures.facilities.ownPuskesmas } });
    const previous = await storedHead(facility.id);
    const user = await actAs(fixtures.users.head);
    const saved = await setPuskesmasHeadAction({
      puskesmasId: facility.id,
      headStaffId: head.id,
      previousHeadStaffId: previous,
    });
    expect(saved).toEqual({ ok: true, data: { headStaffId: head.id } });
    const shown = await withScope(user!.scope, (ctx) => getPuskesmasHead(ctx, facility.id));
    expect(shown.head).toEqual({ id: head.id, name: "dr. Kepala Sumber Urip Uji", nip: null });
    const audit = await owner.auditLog.findFirst({
      where: { entity: "PuskesmasHead", action: { in: ["insert", "update"] } },
      orderBy: { id: "desc" },
    });
    expect(audit?.after as Record<string, unknown>).toMatchObject({ puskesmasId: facility.id, staffId: head.id });

    // A stale form (it still shows the earlier head) is refused rather than overwriting the choice.
    const stale = await setPuskesmasHeadAction({
      puskesmasId: facility.id,
      headStaffId: null,
      previousHeadStaffId: previous,
    });
    expect(stale).toMatchObject({ ok: false, code: "CONFLICT" });

    // A head who leaves is no longer printed.
    await owner.staff.update({ where: { id: head.id }, data: { active: false } });
    expect((await withScope(user!.scope, (ctx) => getPuskesmasHead(ctx, facility.id))).head).toBeNull();
  });

  it("refuses a staff member of another puskesmas, an inactive one, and another puskesmas' head", async () => {
    const facility = await owner.facility.findUniqueOrThrow({ where: { id: fixtures.facilities.ownPuskesmas } });
    const previous = await storedHead(facility.id);
    const curupBefore = await storedHead(fixtures.facilities.samePuskesmasDistrict);
    const curupStaff = await staffOf(fixtures.facilities.samePuskesmasDistrict, "Staf Curup Uji");
    const inactive = await staffOf(fixtures.facilities.ownPuskesmas, "Staf Nonaktif Uji", false);
    await actAs(fixtures.users.head);
    for (const headStaffId of [curupStaff.id, inactive.id]) {
      const refused = await setPuskesmasHeadAction({
        puskesmasId: facility.id,
        headStaffId,
        previousHeadStaffId: previous,
      });
      expect(refused).toMatchObject({ ok: false, field: "headStaffId", messageKey: "signers.errors.headNotStaff" });
    }
    // Curup is not the head's puskesmas: they may read the district's list, but not set its head.
    const curup = await setPuskesmasHeadAction({
      puskesmasId: fixtures.facilities.samePuskesmasDistrict,
      headStaffId: curupStaff.id,
      previousHeadStaffId: curupBefore,
    });
    expect(curup.ok).toBe(false);
    expect(["FORBIDDEN", "NOT_FOUND"]).toContain((curup as { code: string }).code);
    expect(await storedHead(fixtures.facilities.samePuskesmasDistrict)).toBe(curupBefore);
    expect(await storedHead(facility.id)).toBe(previous);
  });

  it("is set and cleared by a planner of the district; the database keeps the head in the district", async () => {
    const curupStaff = await staffOf(fixtures.facilities.samePuskesmasDistrict, "dr. Kepala Curup Uji");
    const curup = await owner.facility.findUniqueOrThrow({ where: { id: fixtures.facilities.samePuskesmasDistrict } });
    await actAs(fixtures.users.planner);
    const saved = await setPuskesmasHeadAction({
      puskesmasId: curup.id,
      headStaffId: curupStaff.id,
      previousHeadStaffId: await storedHead(curup.id),
    });
    expect(saved.ok).toBe(true);
    expect(await storedHead(curup.id)).toBe(curupStaff.id);
    const cleared = await setPuskesmasHeadAction({
      puskesmasId: curup.id,
      headStaffId: null,
      previousHeadStaffId: curupStaff.id,
    });
    expect(cleared.ok).toBe(true);
    expect(await storedHead(curup.id)).toBeNull();
    // A worker of another district cannot be a head here, whoever writes (composite key with districtId).
    const kudusStaff = await staffOf(fixtures.facilities.otherProvincePuskesmas, "Staf Jekulo Uji");
    await expect(
      owner.puskesmasHead.create({
        data: { puskesmasId: curup.id, districtId: curup.districtId, staffId: kudusStaff.id },
      }),
    ).rejects.toThrow();
  });
});
