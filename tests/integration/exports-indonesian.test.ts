import ExcelJS from "exceljs";
import { afterAll, describe, expect, inject, it } from "vitest";
import { GET as importRoute } from "@/app/api/impor/kabupaten/[code]/[jenis]/route";
import { GET as puskesmasList } from "@/app/api/export/kabupaten/[code]/route";
import { GET as dashboardTable } from "@/app/api/export/kabupaten/[code]/dasbor/route";
import { createPrismaClient } from "@/lib/db/client";
import { percentCell, tableFile } from "@/lib/export/table-file";
import { actAs } from "../support/act-as";
import { upload } from "../support/import-upload";

// Exports for Excel with Indonesian regional settings (`;`, decimal comma) and XLSX with real cell types.
const owner = createPrismaClient(inject("databaseUrl"), { max: 1 });
afterAll(() => owner.$disconnect());
const signInKudus = async () =>
  actAs((await owner.user.findUniqueOrThrow({ where: { username: "perencana.kudus" } })).id);
const params = { params: Promise.resolve({ code: "33.19" }) };

async function workbookOf(response: Response): Promise<ExcelJS.Worksheet> {
  expect(response.headers.get("content-type")).toContain("spreadsheetml");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook.worksheets[0]!;
}

describe("CSV for Indonesian Excel", () => {
  it("writes `;` between cells, a decimal comma and percentages as on screen, after a BOM", async () => {
    const response = await tableFile(
      "csv-id",
      "uji",
      ["kode", "nilai", "bagian"],
      [["17.02", 4.8, percentCell(0.048)]],
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe("Kode;Nilai;Bagian\r\n17.02;4,8;4,8%\r\n");
    const plain = await (await tableFile("csv", "uji", ["nilai", "bagian"], [[4.8, percentCell(0.048)]])).text();
    expect(plain).toBe("Nilai,Bagian\r\n4.8,4.8%\r\n");
  });

  it("round-trips through the importer: the district's data exported as csv-id imports again unchanged", async () => {
    await signInKudus();
    for (const kind of ["wilayah", "fasilitas", "tahap"]) {
      const response = await importRoute(new Request(`http://test/api/impor/kabupaten/33.19/${kind}?format=csv-id`), {
        params: Promise.resolve({ code: "33.19", jenis: kind }),
      });
      const bytes = new Uint8Array(await response.arrayBuffer());
      const header = new TextDecoder().decode(bytes).split("\r\n", 1)[0]!;
      expect(header).toContain(";");
      expect(header).not.toContain(",");
      const { body } = await upload("33.19", kind, bytes, "dryRun", `${kind}.csv`);
      expect(body.preview?.issues).toEqual([]);
      expect(body.preview?.counts).toMatchObject({ create: 0, update: 0, rejected: 0 });
      expect(body.preview!.counts.unchanged).toBeGreaterThan(0);
    }
  });
});

describe("XLSX exports", () => {
  it("hold real date cells, a frozen header row, an autofilter, sized columns and capitalised headers", async () => {
    await signInKudus();
    const sheet = await workbookOf(
      await puskesmasList(new Request("http://test/api/export/kabupaten/33.19?format=xlsx"), params),
    );
    const header = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    expect(header.every((text) => text.charAt(0) === text.charAt(0).toUpperCase())).toBe(true);
    expect(header[0]).toBe("Kode");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(sheet.autoFilter).toBeTruthy();
    // The name column fits "Puskesmas Kaliwungu", within bounds.
    expect(sheet.getColumn(2).width).toBeGreaterThanOrEqual("Puskesmas Kaliwungu".length);
    expect(sheet.getColumn(2).width).toBeLessThanOrEqual(60);
    const since = header.indexOf("Sejak") + 1;
    const dated: ExcelJS.Cell[] = [];
    sheet.eachRow((row, index) => {
      const cell = row.getCell(since);
      if (index > 1 && cell.value !== null && cell.value !== "") dated.push(cell);
    });
    expect(dated.length).toBeGreaterThan(0);
    for (const cell of dated) {
      expect(cell.type).toBe(ExcelJS.ValueType.Date);
      expect(cell.numFmt).toBe("dd/mm/yyyy");
    }
  });

  it("writes a share as a number with a percent format (4,8% on screen is 0.048 in the cell)", async () => {
    await signInKudus();
    const targets = await owner.rolloutTarget.count({ where: { district: { code: "33.19" }, voidedAt: null } });
    const sheet = await workbookOf(
      await dashboardTable(
        new Request("http://test/api/export/kabupaten/33.19/dasbor?tabel=target&format=xlsx"),
        params,
      ),
    );
    expect(sheet.rowCount).toBe(1 + targets);
    const share = await tableFile("xlsx", "uji", ["bagian"], [[percentCell(0.048)]]);
    const cell = (await workbookOf(share)).getRow(2).getCell(1);
    expect(cell.type).toBe(ExcelJS.ValueType.Number);
    expect(cell.value).toBe(0.048);
    expect(cell.numFmt).toBe("0.0%");
    if (targets > 0) {
      const row = sheet.getRow(2);
      expect(row.getCell(5).numFmt).toBe("0.0%");
      expect(row.getCell(6).type).toBe(ExcelJS.ValueType.Date);
    }
  });
});
