import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { GET } from "@/app/api/impor/kabupaten/[code]/[jenis]/route";
import { createPrismaClient } from "@/lib/db/client";
import { actAs } from "../support/act-as";
import { prepareImportDistrict, upload } from "../support/import-upload";
import { messageFor } from "../support/translate";
import { FileRejected } from "@/lib/imports/read-table";

// Pesisir Selatan (13.01): the demo seeds no kecamatan or desa there. Rows are real Kemendagri 2025 codes and names.
const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
beforeAll(async () => {
  await actAs((await prepareImportDistrict(owner, "13.01", "perencana.impor.alias")).planner);
});
afterAll(() => owner.$disconnect());

const KEMENDAGRI_ROWS = [
  ["13.01.01", "Pancung Soal"],
  ["13.01.01.2001", "Inderapura"],
  ["13.01.01.2002", "Muaro Sakai Inderapura"],
];
const file = (header: string, delimiter = ",") =>
  [header, ...KEMENDAGRI_ROWS.map((row) => row.join(delimiter))].join("\r\n") + "\r\n";

describe("import headers", () => {
  it("recognise the Kemendagri list's own headers and the common Indonesian and English names", async () => {
    for (const header of [
      "kode,nama",
      "KODE WILAYAH,NAMA",
      "kode_desa,nama_desa",
      "Code,Name",
      "Kode Wilayah,Nama Wilayah",
    ]) {
      const { body } = await upload("13.01", "wilayah", file(header));
      expect(body.preview?.issues, header).toEqual([]);
      expect(body.preview?.counts, header).toMatchObject({ create: 3, rejected: 0 });
    }
    // Indonesian Excel's own CSV: semicolons.
    const { body } = await upload("13.01", "wilayah", file("kode_wilayah;nama_desa", ";"));
    expect(body.preview?.counts).toMatchObject({ create: 3, rejected: 0 });
  });

  it("refuse a file without a required column, listing the columns found next to the ones needed", async () => {
    const { status, body } = await upload("13.01", "wilayah", file("id_wilayah,nama"));
    expect(status).toBe(400);
    expect(body).toMatchObject({ ok: false, messageKey: "imports.file.missingColumns" });
    expect(body.values).toMatchObject({ columns: "kode", found: "id_wilayah, nama" });
    expect(String(body.values?.needed)).toMatch(/^kode \(kode_desa \/ .+\), nama \(/);
    const message = messageFor(new FileRejected(body.messageKey!, body.values));
    expect(message).toContain("Kolom wajib tidak ada: kode.");
    expect(message).toContain("Kolom di berkas: id_wilayah, nama.");
    expect(message).toContain("Kolom yang diperlukan: kode (kode_desa");
  });

  it("give templates one example row, marked [CONTOH], that is never imported", async () => {
    for (const kind of ["wilayah", "fasilitas", "tenaga", "kader", "tahap"]) {
      const response = await GET(new Request(`http://test/api/impor/kabupaten/13.01/${kind}?isi=templat&format=xlsx`), {
        params: Promise.resolve({ code: "13.01", jenis: kind }),
      });
      const bytes = new Uint8Array(await response.arrayBuffer());
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(bytes.buffer);
      const sheet = workbook.worksheets[0]!;
      expect(sheet.rowCount, kind).toBe(2);
      expect(String(sheet.getRow(2).getCell(1).value)).toMatch(/^\[CONTOH\] \S/);
      const { body } = await upload("13.01", kind, bytes, "dryRun", `${kind}.xlsx`);
      expect(body.preview, kind).toMatchObject({ rowCount: 0, counts: { create: 0, update: 0, rejected: 0 } });
    }
  });
});
