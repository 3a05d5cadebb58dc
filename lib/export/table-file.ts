import ExcelJS from "exceljs";
import { toCsv } from "./csv";

export type ExportFormat = "csv" | "xlsx";
type Cell = string | number | null | undefined;

export function exportFormat(request: Request): ExportFormat {
  return new URL(request.url).searchParams.get("format") === "xlsx" ? "xlsx" : "csv";
}

/**
 * A table as a downloadable CSV or XLSX file. XLSX cells are written as plain
 * values, never as formulas, so "=HYPERLINK(…)" stays text.
 */
export async function tableFile(
  format: ExportFormat,
  name: string,
  header: string[],
  rows: Cell[][],
): Promise<Response> {
  const headers = { "cache-control": "no-store" };
  if (format === "csv") {
    return new Response(toCsv(header, rows), {
      headers: {
        ...headers,
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${name}.csv"`,
      },
    });
  }
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name.slice(0, 31));
  sheet.addRow(header).font = { bold: true };
  for (const row of rows) sheet.addRow(row.map((cell) => cell ?? ""));
  sheet.columns.forEach((column) => (column.width = 22));
  const buffer = await workbook.xlsx.writeBuffer();
  return new Response(new Uint8Array(buffer as ArrayBuffer), {
    headers: {
      ...headers,
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="${name}.xlsx"`,
    },
  });
}
