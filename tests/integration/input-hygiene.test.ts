import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { FOREIGN_NIP_LOOKUP } from "@/lib/staffing/nip-lookup";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { actAs } from "../support/act-as";
import { generatedDesaCsv } from "../support/generated-desa";
import { prepareImportDistrict, upload, uploadRoster } from "../support/import-upload";
import { createTenancyFixtures, type TenancyFixtures } from "../support/tenancy-fixtures";

// District imports go to Dharmasraya (13.10), which the demo seeds without kecamatan or desa.
const DISTRICT = "13.10";
const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
let planner = "";
let fixtures: TenancyFixtures;
beforeAll(async () => {
  ({ planner } = await prepareImportDistrict(owner, DISTRICT, "perencana.impor.kontrol"));
  fixtures = await createTenancyFixtures(owner);
});
afterAll(() => owner.$disconnect());

const regionCount = () => owner.region.count({ where: { code: { startsWith: `${DISTRICT}.` } } });

/** The 5,000-row regions file with a control character in the name of data row 5,000 (spreadsheet row 5,001). */
function deepRows(control: string): string[][] {
  const rows = generatedDesaCsv(DISTRICT, 5_000)
    .trim()
    .split("\r\n")
    .map((line) => line.split(","));
  rows[5_000]![1] = `Desa${control}Rusak`;
  return rows;
}

describe("a control character deep inside an import file", () => {
  beforeAll(() => actAs(planner));

  for (const [label, control] of [
    ["NUL", "\u0000"],
    ["ESC", "\u001b"],
    ["C1 NEL", "\u0085"],
  ] as const) {
    it(`CSV, ${label} in row 5,001: the dry run names the row and column, and the commit refuses it (400, nothing written)`, async () => {
      const file = deepRows(control)
        .map((row) => row.join(","))
        .join("\r\n");
      const { status, body } = await upload(DISTRICT, "wilayah", file);
      expect(status).toBe(200);
      expect(body.preview?.counts).toMatchObject({ create: 4_999, rejected: 1 });
      expect(body.preview?.issues).toEqual([{ row: 5_001, column: "nama", messageKey: "errors.controlCharacters" }]);
      expect(await upload(DISTRICT, "wilayah", file, "all")).toMatchObject({
        status: 400,
        body: { ok: false, messageKey: "imports.commit.hasRejected" },
      });
      expect(await regionCount()).toBe(0);
    });
  }

  it("XLSX, C1 control in row 5,001: named by the dry run, refused by the commit (XML itself forbids NUL: exceljs cannot carry one)", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("wilayah");
    for (const row of deepRows("\u0085")) sheet.addRow(row);
    const bytes = new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
    const { body } = await upload(DISTRICT, "wilayah", bytes, "dryRun", "wilayah.xlsx");
    expect(body.preview?.issues).toEqual([{ row: 5_001, column: "nama", messageKey: "errors.controlCharacters" }]);
    expect((await upload(DISTRICT, "wilayah", bytes, "all", "wilayah.xlsx")).status).toBe(400);
    expect(await regionCount()).toBe(0);
  });

  it("a cell longer than any column takes, an escape character in a heading, a NUL in the file name: refused, never a 500", async () => {
    const long = await upload(
      DISTRICT,
      "wilayah",
      `kode,nama,catatan\n${DISTRICT}.10,Kecamatan Uji,${"x".repeat(5_000)}\n`,
    );
    expect(long.body.preview?.issues).toEqual([{ row: 2, column: "catatan", messageKey: "errors.tooLong" }]);
    expect(
      await upload(DISTRICT, "wilayah", `kode,nama,cat\u001batan\n${DISTRICT}.10,Kecamatan Uji,${"x".repeat(500)}\n`),
    ).toMatchObject({
      status: 400,
      body: { messageKey: "imports.file.controlCharacters" },
    });
    expect(
      await upload(DISTRICT, "wilayah", `kode,nama\n${DISTRICT}.10,Kecamatan Uji\n`, "all", "wil\u0000ayah.csv"),
    ).toMatchObject({
      status: 400,
      body: { messageKey: "imports.file.controlCharacters" },
    });
    expect(await regionCount()).toBe(0);
  });

  it("the messages exist in Bahasa Indonesia and English", () => {
    for (const catalogue of [id, en]) {
      expect(catalogue.errors.controlCharacters).toEqual(expect.any(String));
      expect(catalogue.imports.file.controlCharacters).toEqual(expect.any(String));
      expect(catalogue.imports.staff.nipTaken).toEqual(expect.any(String));
    }
  });
});

// ---------------------------------------------------------------------------

let serial = Math.floor(Math.random() * 400);
/** A well-formed NIP nobody holds yet: born 1985-03-<day>, appointed 2010-07, sex 1. */
const freshNip = () =>
  `198503${String(1 + (++serial % 28)).padStart(2, "0")}2010071${String(serial % 1000).padStart(3, "0")}`;

async function staffWithNip(puskesmasId: string): Promise<string> {
  const puskesmas = await owner.facility.findUniqueOrThrow({ where: { id: puskesmasId } });
  const nip = freshNip();
  await owner.staff.create({
    data: {
      districtId: puskesmas.districtId,
      puskesmasId,
      name: "Pemegang NIP Uji",
      profession: "BIDAN",
      nip,
      active: false,
      isIllustrative: true,
    },
  });
  return nip;
}
const foreignLookups = (actorId: string) => owner.auditLog.count({ where: { actorId, action: FOREIGN_NIP_LOOKUP } });

describe("a rejected NIP reveals nothing, and lookups of other people's NIPs are audited", () => {
  it("the staff form: the same message for a NIP of another puskesmas, another province and the own puskesmas; the foreign ones audited", async () => {
    const head = fixtures.users.head;
    const own = fixtures.facilities.ownPuskesmas;
    const nips = {
      samePuskesmas: await staffWithNip(own),
      otherPuskesmas: await staffWithNip(fixtures.facilities.samePuskesmasDistrict),
      otherProvince: await staffWithNip(fixtures.facilities.otherProvincePuskesmas),
    };
    await actAs(head);
    const { createStaffAction } = await import("@/lib/staffing/actions");
    const before = await foreignLookups(head);
    const staffBefore = await owner.staff.count({ where: { puskesmasId: own } });
    for (const nip of Object.values(nips)) {
      const result = await createStaffAction({
        puskesmasId: own,
        staff: { name: "Staf Uji NIP", nip, profession: "BIDAN", employmentStatus: "PNS", posting: "PUSKESMAS" },
      });
      expect(result, nip).toMatchObject({
        ok: false,
        code: "VALIDATION",
        messageKey: "staffing.errors.nipTaken",
        field: "nip",
      });
    }
    expect(await owner.staff.count({ where: { puskesmasId: own } })).toBe(staffBefore);
    expect(await foreignLookups(head)).toBe(before + 2);
    const last = await owner.auditLog.findFirstOrThrow({
      where: { actorId: head, action: FOREIGN_NIP_LOOKUP },
      orderBy: { id: "desc" },
    });
    expect(last.after).toEqual({ via: "form", count: 1, nips: [nips.otherProvince] });
  });

  it("the roster import: one message, no place named, for another puskesmas' and another district's NIP; audited even on a dry run", async () => {
    const head = fixtures.users.head;
    const puskesmas = await owner.facility.findUniqueOrThrow({ where: { id: fixtures.facilities.ownPuskesmas } });
    const otherPuskesmas = await staffWithNip(fixtures.facilities.samePuskesmasDistrict);
    const otherProvince = await staffWithNip(fixtures.facilities.otherProvincePuskesmas);
    await actAs(head);
    const before = await foreignLookups(head);
    const file = [
      "kode_puskesmas,nip,nama,profesi",
      `${puskesmas.code},${otherPuskesmas},Bidan Lain,BIDAN`,
      `${puskesmas.code},${otherProvince},Bidan Jauh,BIDAN`,
    ].join("\n");
    const { body } = await uploadRoster(puskesmas.id, file);
    expect(body.preview?.issues).toEqual([
      { row: 2, column: "nip", messageKey: "imports.staff.nipTaken" },
      { row: 3, column: "nip", messageKey: "imports.staff.nipTaken" },
    ]);
    for (const catalogue of [id, en])
      expect(catalogue.imports.staff.nipTaken).not.toMatch(/kabupaten|district|Curup|Jekulo|Kudus/i);
    expect(await foreignLookups(head)).toBe(before + 1);
    const last = await owner.auditLog.findFirstOrThrow({
      where: { actorId: head, action: FOREIGN_NIP_LOOKUP },
      orderBy: { id: "desc" },
    });
    expect(last.after).toMatchObject({ via: "import", count: 2 });
  });
});
