import fs from "node:fs";
import os from "node:os";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { actAs } from "../support/act-as";
import { prepareImportDistrict, upload } from "../support/import-upload";

// XLSX uploads through the real upload handler into Lima Puluh Kota (13.05), which the demo seeds without kecamatan or desa.
const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
beforeAll(async () => {
  await actAs((await prepareImportDistrict(owner, "13.05", "perencana.impor.bocor")).planner);
});
afterAll(() => owner.$disconnect());

async function xlsx(rows: string[][], sheets = 1): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  for (let index = 0; index < sheets; index++) {
    const sheet = workbook.addWorksheet(`Lembar ${index + 1}`);
    for (const row of rows) sheet.addRow(row);
  }
  return new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

const openDescriptors = () => fs.readdirSync("/proc/self/fd").length;
// The `tmp` package names its files tmp-<pid>-…; only this process' count.
const ownTempFiles = () => fs.readdirSync(os.tmpdir()).filter((name) => name.startsWith(`tmp-${process.pid}-`)).length;

describe("XLSX uploads leave no temporary file and no open descriptor", () => {
  it("after 50 uploads: read to the end, stopped early by a rejected header, broken, with extra sheets", async () => {
    const good = await xlsx(
      [
        ["kode", "nama"],
        ["13.05.81", "Kecamatan Uji Bocor"],
        ["13.05.81.2001", "Desa Uji Bocor"],
      ],
      3,
    );
    const noColumns = await xlsx([
      ["bukan", "tabel"],
      ["a", "b"],
    ]);
    // XML forbids NUL (such a sheet is refused as broken); a C1 control such as NEL (U+0085) gets through to the cell check.
    const nul = await xlsx([
      ["kode", "nama"],
      ["13.05.82", "Kecamatan\u0085Nol"],
    ]);
    const broken = good.slice(0, Math.floor(good.length / 2));
    const files = [good, noColumns, nul, broken];

    // Warm up once (the database pool opens its sockets), then count.
    for (const file of files) await upload("13.05", "wilayah", file, "dryRun", "uji.xlsx");
    const descriptors = openDescriptors();
    const tempFiles = ownTempFiles();

    const outcomes = new Set<string>();
    for (let index = 0; index < 50; index++) {
      const { status, body } = await upload("13.05", "wilayah", files[index % files.length]!, "dryRun", "uji.xlsx");
      outcomes.add(`${status} ${body.messageKey ?? body.preview?.counts.rejected}`);
    }
    // All four kinds of file took their path: read (0 and 1 rejected), refused at the header, refused as broken.
    expect([...outcomes].sort()).toEqual([
      "200 0",
      "200 1",
      "400 imports.file.missingColumns",
      "400 imports.file.notSpreadsheet",
    ]);
    expect(ownTempFiles()).toBe(tempFiles);
    expect(openDescriptors()).toBeLessThanOrEqual(descriptors + 2);
  });

  it("reads the first sheet's shared strings right, though Excel writes them after the sheet", async () => {
    const { body } = await upload(
      "13.05",
      "wilayah",
      await xlsx([
        ["Kode", "Nama"],
        ["13.05.83", "Kecamatan Bersama"],
        ["13.05.83.2001", "Kecamatan Bersama"],
      ]),
      "dryRun",
      "uji.xlsx",
    );
    expect(body.preview).toMatchObject({ format: "xlsx", rowCount: 2, counts: { create: 2, rejected: 0 } });
  });
});
