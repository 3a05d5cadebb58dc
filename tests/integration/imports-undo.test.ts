import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { currentPeriod, shiftPeriod } from "@/lib/dates/periods";
import { undoImportAction } from "@/lib/imports/actions";
import { IMPORT_KIND_LIST } from "@/lib/imports/registry";
import { actAs } from "../support/act-as";
import { prepareImportDistrict, upload } from "../support/import-upload";

// Solok Selatan (13.11): the demo seeds no kecamatan, desa or facilities there, and no other test file imports into it.
// Each kind gets a base batch (kept), then a batch that updates and creates rows, which is undone: the kind's
// tables must be exactly as before the second batch, versions included (only updatedAt may differ).
const DISTRICT = "13.11";
const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
let districtId = "";
beforeAll(async () => {
  const prepared = await prepareImportDistrict(owner, DISTRICT, "perencana.impor.undo");
  districtId = prepared.districtId;
  await actAs(prepared.planner);
});
afterAll(() => owner.$disconnect());

const csv = (...lines: string[]) => lines.join("\n") + "\n";
const withoutUpdatedAt = <Row extends { updatedAt: Date }>(rows: Row[]) =>
  rows.map((row) => ({ ...row, updatedAt: undefined }));
const regions = () => owner.region.findMany({ where: { districtId }, orderBy: { code: "asc" } });
const facilities = async () =>
  withoutUpdatedAt(
    await owner.facility.findMany({ where: { districtId }, orderBy: [{ type: "asc" }, { code: "asc" }] }),
  );
const staff = async () =>
  withoutUpdatedAt(await owner.staff.findMany({ where: { districtId }, orderBy: { name: "asc" } }));
const kader = () => owner.kader.findMany({ where: { districtId }, orderBy: { name: "asc" } });
const stageChanges = async () =>
  owner.facilityStageChange.findMany({ where: { districtId }, orderBy: { effectiveDate: "asc" } });

const monthlyReports = async () =>
  withoutUpdatedAt(
    await owner.monthlyReport.findMany({
      where: { districtId },
      orderBy: [{ period: "asc" }],
      include: { values: { orderBy: { elementId: "asc" } } },
    }),
  );
const LAST_MONTH = shiftPeriod(currentPeriod("Asia/Jakarta"), -1);
const VALUES_HEADER = "kode_puskesmas,kode_data_set,periode,kode_elemen,nilai,penjelasan";

const FACILITY_HEADER = "jenis,kode,nama,kode_kecamatan,kode_desa,jenis_induk,kode_induk,rawat_inap,nama_lain";
const STAFF_HEADER = "kode_puskesmas,nip,nama,profesi,status_kepegawaian,penempatan,kode_pustu,jadwal_pustu,aktif";

/** Per kind, parents first: base files (two for versioned tables, so undo must put back a version above 1), a file that updates and creates rows, and the tables the kind writes. */
const CASES: Record<
  string,
  { base: string[]; change: string; expected: { create: number; update: number }; tables: () => Promise<unknown> }
> = {
  wilayah: {
    base: [csv("kode,nama", "13.11.01,Sangir", "13.11.01.2001,Lubuk Gadang")],
    change: csv(
      "kode,nama",
      "13.11.01,Sangir Raya",
      "13.11.01.2002,Lubuk Gadang Timur",
      "13.11.02,Sungai Pagu",
      "13.11.02.2001,Pasir Talang",
    ),
    expected: { create: 3, update: 1 },
    tables: regions,
  },
  fasilitas: {
    base: [
      csv(
        FACILITY_HEADER,
        "PUSKESMAS,UNDO-1311-PKM,Puskesmas Undo Lama,13.11.01,,,,ya,",
        "PUSTU,UNDO-1311-PUSTU,Pustu Undo,,13.11.01.2001,,UNDO-1311-PKM,,",
        "POSYANDU,UNDO-1311-POS,Posyandu Undo,,13.11.01.2001,PUSTU,UNDO-1311-PUSTU,,",
      ),
      csv(FACILITY_HEADER, "PUSKESMAS,UNDO-1311-PKM,Puskesmas Undo,13.11.01,,,,ya,PKM Undo"),
    ],
    change: csv(
      FACILITY_HEADER,
      "PUSKESMAS,UNDO-1311-PKM,Puskesmas Undo Baru,13.11.01,,,,tidak,PKM Undo | Undo",
      "PUSTU,UNDO-1311-PUSTU-2,Pustu Undo Dua,,13.11.01.2001,,UNDO-1311-PKM,,",
      "POSYANDU,UNDO-1311-POS-2,Posyandu Undo Dua,,13.11.01.2001,PUSTU,UNDO-1311-PUSTU-2,,",
    ),
    expected: { create: 2, update: 1 },
    tables: facilities,
  },
  tenaga: {
    base: [
      csv(
        STAFF_HEADER,
        "UNDO-1311-PKM,198502152010122003,dr. Undo,DOKTER,PNS,PUSKESMAS,,,ya",
        "UNDO-1311-PKM,,Bidan Undo,BIDAN,PPPK,PUSTU_TERJADWAL,UNDO-1311-PUSTU,Senin,ya",
      ),
      csv(STAFF_HEADER, "UNDO-1311-PKM,198502152010122003,dr. Undo Satu,DOKTER,PNS,PUSKESMAS,,,ya"),
    ],
    change: csv(
      STAFF_HEADER,
      "UNDO-1311-PKM,198502152010122003,dr. Undo Satu Wati,DOKTER,PNS,PUSTU_MENETAP,UNDO-1311-PUSTU,,ya",
      "UNDO-1311-PKM,,Bidan Undo,BIDAN,PPPK,PUSTU_TERJADWAL,UNDO-1311-PUSTU,Senin dan Kamis,tidak",
      "UNDO-1311-PKM,,Perawat Undo,PERAWAT,HONORER,PUSKESMAS,,,ya",
    ),
    expected: { create: 1, update: 2 },
    tables: staff,
  },
  kader: {
    base: [csv("kode_posyandu,nama,tingkat,kompetensi,aktif", "UNDO-1311-POS,Ani Undo,MADYA,BAYI_BALITA,ya")],
    change: csv(
      "kode_posyandu,nama,tingkat,kompetensi,aktif",
      "UNDO-1311-POS,Ani Undo,PURWA,BAYI_BALITA | IBU_HAMIL_MENYUSUI,tidak",
      "UNDO-1311-POS,Wati Undo,,,ya",
    ),
    expected: { create: 1, update: 1 },
    tables: kader,
  },
  tahap: {
    base: [csv("jenis,kode,tahap,tanggal,catatan", "PUSKESMAS,UNDO-1311-PKM,PERSIAPAN,2025-01-10,SK kepala dinas")],
    change: csv(
      "jenis,kode,tahap,tanggal,catatan",
      "PUSKESMAS,UNDO-1311-PKM,UJI_COBA,2025-03-01,Uji coba klaster",
      "PUSTU,UNDO-1311-PUSTU,PERSIAPAN,2025-02-01,SK pustu",
    ),
    // Stage changes are created; the facilities they move are links of the batch too.
    expected: { create: 2, update: 0 },
    tables: async () => ({ facilities: await facilities(), stageChanges: await stageChanges() }),
  },
  "laporan-bulanan": {
    base: [
      csv(
        VALUES_HEADER,
        `UNDO-1311-PKM,ILP_BULANAN,${LAST_MONTH},ILP_KUNJUNGAN_RUMAH,12,`,
        `UNDO-1311-PKM,ILP_BULANAN,${LAST_MONTH},ILP_LOKMIN,ya,`,
      ),
      csv(VALUES_HEADER, `UNDO-1311-PKM,ILP_BULANAN,${LAST_MONTH},ILP_KUNJUNGAN_RUMAH,14,Data dikoreksi`),
    ],
    // The report exists (a draft the base files made, its version raised twice): the change updates one
    // value, adds another and raises the report's version again; undo puts all three back.
    change: csv(
      VALUES_HEADER,
      `UNDO-1311-PKM,ILP_BULANAN,${LAST_MONTH},ILP_KUNJUNGAN_RUMAH,15,`,
      `UNDO-1311-PKM,ILP_BULANAN,${LAST_MONTH},ILP_PUSTU_HARI_BUKA,20,`,
    ),
    expected: { create: 1, update: 1 },
    tables: monthlyReports,
  },
};

describe("undo of each import kind, through its definition", () => {
  it("has a case for every registered kind, parents first", () => {
    expect(Object.keys(CASES)).toEqual(IMPORT_KIND_LIST.map((def) => def.slug));
  });

  for (const [slug, spec] of Object.entries(CASES)) {
    it(`${slug}: undoing a batch deletes what it created and restores what it updated`, async () => {
      for (const [index, file] of spec.base.entries()) {
        const base = await upload(DISTRICT, slug, file, "all", `${slug}-dasar-${index}.csv`);
        expect(base.body).toMatchObject({ ok: true, counts: { rejected: 0 } });
      }
      const before = await spec.tables();

      const change = await upload(DISTRICT, slug, spec.change, "all", `${slug}-ubah.csv`);
      expect(change.body).toMatchObject({ ok: true, counts: { ...spec.expected, rejected: 0 } });
      expect(await spec.tables()).not.toEqual(before);
      const links = await owner.importBatchRow.findMany({
        where: { batchId: change.body.batchId! },
        select: { created: true },
      });
      expect(links.filter((link) => link.created)).toHaveLength(spec.expected.create);

      expect(await undoImportAction({ batchId: change.body.batchId! })).toMatchObject({ ok: true });
      expect(await spec.tables()).toEqual(before);
      expect(
        await owner.importBatch.findUniqueOrThrow({ where: { id: change.body.batchId! }, select: { undoneAt: true } }),
      ).not.toMatchObject({ undoneAt: null });
    });
  }
});
