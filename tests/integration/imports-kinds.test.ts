import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GET } from "@/app/api/impor/kabupaten/[code]/[jenis]/route";
import { createPrismaClient } from "@/lib/db/client";
import { undoImportAction } from "@/lib/imports/actions";
import { actAs } from "../support/act-as";
import { prepareImportDistrict, upload } from "../support/import-upload";

// Solok (13.02): the demo seeds no kecamatan, desa or facilities there; this file adds one kecamatan (13.02.03),
// one desa (…2001), a puskesmas (UJI-13.02-PKM) and a pustu (UJI-13.02-PUSTU) under it.
const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
let solok = { districtId: "", kecamatanId: "", desaId: "", pustuId: "" };
beforeAll(async () => {
  const { districtId, regionIds, planner } = await prepareImportDistrict(owner, "13.02", "perencana.impor.solok", [
    { code: "13.02.03", name: "Pantai Cermin" },
    { code: "13.02.03.2001", name: "Lolo" },
  ]);
  const [kecamatanId, desaId] = [regionIds["13.02.03"]!, regionIds["13.02.03.2001"]!];
  const puskesmas = await owner.facility.upsert({
    where: { type_code_districtId: { type: "PUSKESMAS", code: "UJI-13.02-PKM", districtId } },
    update: {},
    create: {
      districtId,
      type: "PUSKESMAS",
      code: "UJI-13.02-PKM",
      name: "Puskesmas Uji Pantai Cermin",
      kecamatanId,
      isIllustrative: true,
    },
  });
  const pustu = await owner.facility.upsert({
    where: { type_code_districtId: { type: "PUSTU", code: "UJI-13.02-PUSTU", districtId } },
    update: {},
    create: {
      districtId,
      type: "PUSTU",
      code: "UJI-13.02-PUSTU",
      name: "Pustu Uji Lolo",
      kecamatanId,
      desaId,
      parentId: puskesmas.id,
      isIllustrative: true,
    },
  });
  solok = { districtId, kecamatanId, desaId, pustuId: pustu.id };
  await actAs(planner);
});
afterAll(() => owner.$disconnect());

const csv = (header: string, ...lines: string[]) => [header, ...lines].join("\n") + "\n";
async function exported(kind: string): Promise<Uint8Array> {
  const response = await GET(new Request(`http://test/api/impor/kabupaten/13.02/${kind}`), {
    params: Promise.resolve({ code: "13.02", jenis: kind }),
  });
  expect(response.status).toBe(200);
  return new Uint8Array(await response.arrayBuffer());
}
/** Export, then import the export: nothing may change. */
async function expectRoundTrip(kind: string, atLeast: number) {
  const file = await exported(kind);
  const { body } = await upload("13.02", kind, file, "dryRun", `data-${kind}.csv`);
  expect(body.preview?.issues).toEqual([]);
  expect(body.preview?.counts).toMatchObject({ create: 0, update: 0, rejected: 0 });
  expect(body.preview!.counts.unchanged).toBeGreaterThanOrEqual(atLeast);
}

const FACILITY_HEADER = "jenis,kode,nama,kode_kecamatan,kode_desa,jenis_induk,kode_induk,rawat_inap,nama_lain";

describe("facility imports", () => {
  it("create parents before children, match by type and code, refuse codes of another district, undo", async () => {
    const sumberUrip = await owner.facility.findFirstOrThrow({
      where: { name: "Puskesmas Sumber Urip" },
      select: { code: true },
    });
    const file = csv(
      FACILITY_HEADER,
      "POSYANDU,IMP-POS-1,Posyandu Impor Satu,,13.02.03.2001,PUSTU,IMP-PUSTU-1,,",
      "PUSTU,IMP-PUSTU-1,Pustu Impor Satu,,13.02.03.2001,,IMP-PKM-1,,",
      "PUSKESMAS,IMP-PKM-1,Puskesmas Impor,13.02.03,,,,ya,PKM Impor | Impor",
      `PUSKESMAS,${sumberUrip.code},Puskesmas Curian,13.02.03,,,,tidak,`,
      "PUSTU,IMP-PUSTU-2,Pustu Tanpa Desa,,,,IMP-PKM-1,,",
    );
    const preview = await upload("13.02", "fasilitas", file);
    expect(preview.body.preview?.counts).toEqual({ create: 3, update: 0, unchanged: 0, rejected: 2 });
    expect(preview.body.preview?.issues).toEqual([
      { row: 5, column: "kode", messageKey: "imports.facilities.codeElsewhere", values: { code: sumberUrip.code } },
      { row: 6, column: "kode_desa", messageKey: "errors.desaRequired" },
    ]);
    const committed = await upload("13.02", "fasilitas", file, "validOnly");
    expect(committed.body.counts).toMatchObject({ create: 3 });
    const posyandu = await owner.facility.findFirstOrThrow({
      where: { code: "IMP-POS-1" },
      select: { parent: { select: { code: true, parent: { select: { code: true } } } } },
    });
    expect(posyandu.parent).toEqual({ code: "IMP-PUSTU-1", parent: { code: "IMP-PKM-1" } });
    expect((await upload("13.02", "fasilitas", file)).body.preview?.counts).toMatchObject({
      create: 0,
      update: 0,
      unchanged: 3,
    });
    await expectRoundTrip("fasilitas", 5);

    const rename = await upload(
      "13.02",
      "fasilitas",
      csv(FACILITY_HEADER, "PUSKESMAS,IMP-PKM-1,Puskesmas Impor Baru,13.02.03,,,,ya,PKM Impor | Impor"),
      "all",
    );
    expect(rename.body.counts).toMatchObject({ update: 1 });
    const renamed = await owner.facility.findFirstOrThrow({ where: { code: "IMP-PKM-1" } });
    expect(renamed).toMatchObject({
      name: "Puskesmas Impor Baru",
      version: 2,
      searchText: "puskesmas impor baru | pkm impor | impor",
    });
    expect(await undoImportAction({ batchId: committed.body.batchId! })).toMatchObject({
      ok: false,
      messageKey: "imports.undo.touched",
      values: { count: 1 },
    });
    expect(await undoImportAction({ batchId: rename.body.batchId! })).toMatchObject({ ok: true });
    expect(await owner.facility.findFirstOrThrow({ where: { code: "IMP-PKM-1" } })).toMatchObject({
      name: "Puskesmas Impor",
      version: 1,
    });
    expect(await undoImportAction({ batchId: committed.body.batchId! })).toMatchObject({ ok: true });
    expect(await owner.facility.count({ where: { code: { startsWith: "IMP-" } } })).toBe(0);
  });
});

const STAFF_HEADER = "kode_puskesmas,nip,nama,profesi,status_kepegawaian,penempatan,kode_pustu,jadwal_pustu,aktif";

describe("staff and kader imports", () => {
  it("staff: by NIP when given, else by puskesmas and name; posted pustu must be the puskesmas' own", async () => {
    const file = csv(
      STAFF_HEADER,
      "UJI-13.02-PKM,198001012005012001,dr. Rina,DOKTER,PNS,PUSKESMAS,,,ya",
      'UJI-13.02-PKM,,Sari,bidan,PPPK,PUSTU_TERJADWAL,UJI-13.02-PUSTU,"Senin, Kamis",ya',
      "UJI-13.02-PKM,,Budi,PERAWAT,HONORER,PUSTU_MENETAP,PUSTU-LAIN,,ya",
      "TIDAK-ADA,,Tono,PERAWAT,,,,,",
    );
    const preview = await upload("13.02", "tenaga", file);
    expect(preview.body.preview?.counts).toEqual({ create: 2, update: 0, unchanged: 0, rejected: 2 });
    expect(preview.body.preview?.issues.map((issue) => `${issue.row}:${issue.column}:${issue.messageKey}`)).toEqual([
      "4:kode_pustu:imports.staff.pustuUnknown",
      "5:kode_puskesmas:imports.staff.puskesmasUnknown",
    ]);
    await upload("13.02", "tenaga", file, "validOnly");
    expect(await owner.staff.findFirstOrThrow({ where: { districtId: solok.districtId, name: "Sari" } })).toMatchObject(
      { profession: "BIDAN", posting: "PUSTU_TERJADWAL", pustuSchedule: "Senin, Kamis" },
    );
    const changed = csv(STAFF_HEADER, "UJI-13.02-PKM,198001012005012001,dr. Rina Wati,DOKTER,PNS,PUSKESMAS,,,ya");
    expect((await upload("13.02", "tenaga", changed, "all")).body.counts).toMatchObject({ update: 1, create: 0 });
    await expectRoundTrip("tenaga", 2);
  });

  it("kader: by posyandu and name, competencies as a list", async () => {
    const posyandu = await owner.facility.create({
      data: {
        districtId: solok.districtId,
        type: "POSYANDU",
        code: "UJI-13.02-POS",
        name: "Posyandu Uji",
        kecamatanId: solok.kecamatanId,
        desaId: solok.desaId,
        parentId: solok.pustuId,
      },
    });
    const header = "kode_posyandu,nama,tingkat,kompetensi,aktif";
    const file = csv(
      header,
      "UJI-13.02-POS,Ani,MADYA,BAYI_BALITA | IBU_HAMIL_MENYUSUI,ya",
      "UJI-13.02-POS,ani,PURWA,,ya",
      "UJI-13.02-POS,Wati,,,tidak",
    );
    const preview = await upload("13.02", "kader", file);
    expect(preview.body.preview?.counts).toEqual({ create: 1, update: 0, unchanged: 0, rejected: 2 });
    expect(preview.body.preview?.issues.map((issue) => issue.messageKey)).toEqual([
      "imports.row.duplicateKey",
      "imports.row.duplicateKey",
    ]);
    await upload(
      "13.02",
      "kader",
      csv(header, "UJI-13.02-POS,Ani,MADYA,BAYI_BALITA | IBU_HAMIL_MENYUSUI,ya", "UJI-13.02-POS,Wati,,,tidak"),
      "all",
    );
    expect(
      await owner.kader.findMany({
        where: { posyanduId: posyandu.id },
        orderBy: { name: "asc" },
        select: { name: true, level: true, competencies: true, active: true },
      }),
    ).toEqual([
      { name: "Ani", level: "MADYA", competencies: ["BAYI_BALITA", "IBU_HAMIL_MENYUSUI"], active: true },
      { name: "Wati", level: "PURWA", competencies: [], active: false },
    ]);
    await expectRoundTrip("kader", 2);
  });
});

describe("stage-update imports", () => {
  it("go through the stage-change rules, keep the history, import twice without change, and undo", async () => {
    const header = "jenis,kode,tahap,tanggal,catatan";
    const file = csv(
      header,
      "PUSKESMAS,UJI-13.02-PKM,UJI_COBA,2025-03-01,Uji coba klaster",
      "PUSKESMAS,UJI-13.02-PKM,PERSIAPAN,2025-01-10,SK kepala dinas",
      "PUSTU,UJI-13.02-PUSTU,BELUM,2025-02-01,",
      "PUSTU,UJI-13.02-PUSTU,MENERAPKAN,2999-01-01,Nanti",
    );
    const preview = await upload("13.02", "tahap", file);
    expect(preview.body.preview?.counts).toEqual({ create: 2, update: 0, unchanged: 0, rejected: 2 });
    expect(preview.body.preview?.issues.map((issue) => `${issue.row}:${issue.column}:${issue.messageKey}`)).toEqual([
      "4:catatan:errors.noteRequired",
      "5:tanggal:errors.dateInFuture",
    ]);
    const committed = await upload("13.02", "tahap", file, "validOnly");
    const puskesmas = await owner.facility.findFirstOrThrow({
      where: { code: "UJI-13.02-PKM" },
      include: { stageChanges: { orderBy: { effectiveDate: "asc" } } },
    });
    expect(puskesmas).toMatchObject({ currentStage: "UJI_COBA", stageSince: new Date("2025-03-01") });
    expect(puskesmas.stageChanges.map((change) => [change.fromStage, change.toStage, change.note])).toEqual([
      ["BELUM", "PERSIAPAN", "SK kepala dinas"],
      ["PERSIAPAN", "UJI_COBA", "Uji coba klaster"],
    ]);
    expect((await upload("13.02", "tahap", file)).body.preview?.counts).toMatchObject({ create: 0, unchanged: 2 });
    const backwards = await upload("13.02", "tahap", csv(header, "PUSKESMAS,UJI-13.02-PKM,PERSIAPAN,2025-04-01,"));
    expect(backwards.body.preview?.issues[0]).toMatchObject({ column: "catatan", messageKey: "errors.noteRequired" });
    await expectRoundTrip("tahap", 1);

    expect(await undoImportAction({ batchId: committed.body.batchId! })).toMatchObject({ ok: true });
    expect(
      await owner.facility.findFirstOrThrow({ where: { code: "UJI-13.02-PKM" }, include: { stageChanges: true } }),
    ).toMatchObject({ currentStage: "BELUM", stageSince: null, stageChanges: [] });
  });
});
