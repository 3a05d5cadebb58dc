import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { tableFile } from "@/lib/export/table-file";

describe("XLSX export", () => {
  it("keeps a formula-looking value as text", async () => {
    const response = await tableFile("xlsx", "uji", ["nama"], [['=HYPERLINK("http://x","klik")'], [42]]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    const cell = workbook.worksheets[0]!.getRow(2).getCell(1);
    expect(cell.formula).toBeUndefined();
    expect(cell.value).toBe('=HYPERLINK("http://x","klik")');
    expect(workbook.worksheets[0]!.getRow(3).getCell(1).value).toBe(42);
  });
});
