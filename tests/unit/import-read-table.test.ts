import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { FileRejected, readTable, type TableRow } from "@/lib/imports/read-table";

async function read(content: BlobPart) {
  const rows: TableRow[] = [];
  let header: string[] = [];
  const info = await readTable(
    new Blob([content]),
    (names) => (header = names),
    (row) => rows.push(row),
  );
  return { info, header, rows };
}
async function rejection(content: BlobPart): Promise<string> {
  try {
    await read(content);
    return "accepted";
  } catch (error) {
    return error instanceof FileRejected ? error.messageKey : String(error);
  }
}

describe("reading import files", () => {
  it("reads Windows-1252 bytes as such when they are not UTF-8", async () => {
    // "Désa Ñamuk" in Windows-1252: é = 0xE9, Ñ = 0xD1.
    const bytes = new Uint8Array([
      ...new TextEncoder().encode("kode,nama\r\n61.03.01.2001,D"),
      0xe9,
      ...new TextEncoder().encode("sa "),
      0xd1,
      ...new TextEncoder().encode("amuk\r\n"),
    ]);
    const { info, rows } = await read(bytes);
    expect(info.format).toBe("csv-windows-1252");
    expect(rows[0]!.cells.nama).toBe("Désa Ñamuk");
  });

  it("drops a UTF-8 BOM, detects semicolons, keeps quoted newlines in one cell and numbers rows as a spreadsheet does", async () => {
    const { info, header, rows } = await read(
      '\uFEFFKode;Nama\r\n61.03.01.2001;"Sungai\nMawang"\r\n;\r\n\r\n61.03.01.2002;Desa; Dua\r\n',
    );
    expect(info.format).toBe("csv-utf-8");
    expect(header).toEqual(["kode", "nama"]);
    expect(rows).toEqual([
      { rowNumber: 2, cells: { kode: "61.03.01.2001", nama: "Sungai\nMawang" } },
      { rowNumber: 5, cells: { kode: "61.03.01.2002", nama: "Desa" } },
    ]);
  });

  it("keeps formula-looking cells as text, in CSV and in XLSX (the formula, never its result)", async () => {
    const csv = await read('kode,nama\n61.03.01.2001,"=HYPERLINK(""http://jahat.test"",""klik"")"\n');
    expect(csv.rows[0]!.cells.nama).toBe('=HYPERLINK("http://jahat.test","klik")');

    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("desa");
    sheet.addRow(["kode", "nama"]);
    sheet.addRow(["61.03.01.2001", { formula: 'HYPERLINK("http://jahat.test","klik")', result: "klik" }]);
    sheet.addRow([]);
    sheet.addRow(["61.03.01.2002", "Desa Dua"]);
    const xlsx = await read(new Uint8Array((await workbook.xlsx.writeBuffer()) as ArrayBuffer));
    expect(xlsx.info.format).toBe("xlsx");
    expect(xlsx.rows).toEqual([
      { rowNumber: 2, cells: { kode: "61.03.01.2001", nama: '=HYPERLINK("http://jahat.test","klik")' } },
      { rowNumber: 4, cells: { kode: "61.03.01.2002", nama: "Desa Dua" } },
    ]);
  });

  it("refuses what is not a spreadsheet: a PNG, random bytes, a broken XLSX, an empty file, a file of empty rows", async () => {
    const png = new Uint8Array([
      0x89,
      0x50,
      0x4e,
      0x47,
      0x0d,
      0x0a,
      0x1a,
      0x0a,
      0,
      0,
      0,
      0x0d,
      0x49,
      0x48,
      0x44,
      0x52,
      ...new Array(200).fill(0),
    ]);
    expect(await rejection(png)).toBe("imports.file.notSpreadsheet");
    const garbage = new Uint8Array(4096).map((_, index) => (index * 7919) % 256);
    expect(await rejection(garbage)).toBe("imports.file.notSpreadsheet");
    expect(await rejection(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8]))).toBe(
      "imports.file.notSpreadsheet",
    );
    expect(await rejection("")).toBe("imports.file.empty");
    expect(await rejection("\r\n;;\r\n\r\n")).toBe("imports.file.noHeader");
  });

  it("refuses more than 100,000 data rows and more than 10 MB", async () => {
    const lines = ["kode,nama"];
    for (let index = 0; index <= 100_000; index++) lines.push(`61.03.01.${2001 + (index % 900)},Desa ${index}`);
    expect(await rejection(lines.join("\n"))).toBe("imports.file.tooManyRows");
    expect(await rejection(new Uint8Array(20 * 1024 * 1024).fill(0x41))).toBe("imports.file.tooLarge");
  });
});
