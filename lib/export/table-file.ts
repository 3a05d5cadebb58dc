import ExcelJS from "exceljs";
import { CSV_INDONESIAN, CSV_PLAIN, toCsv } from "./csv";
import { toIsoDate } from "@/lib/dates";

/** `csv`: comma and decimal point; `csv-id`: Excel with Indonesian settings (`;`, decimal comma); `xlsx`. */
export type ExportFormat = "csv" | "csv-id" | "xlsx";
/** A day (UTC midnight, as lib/dates keeps days): a real date cell in XLSX, YYYY-MM-DD in CSV. */
export type DateValue = { date: Date };
/** A share (0.048): a number with a percent format in XLSX ("4,8%" in Indonesian Excel), "4,8%" in csv-id. */
export type PercentValue = { share: number };
export type Cell = string | number | null | undefined | DateValue | PercentValue;

export const dateCell = (date: Date | null | undefined): Cell => (date ? { date } : null);
export const percentCell = (share: number | null | undefined): Cell =>
  share === null || share === undefined || !Number.isFinite(share) ? null : { share };

export function exportFormat(request: Request): ExportFormat {
  const format = new URL(request.url).searchParams.get("format");
  return format === "xlsx" || format === "csv-id" ? format : "csv";
}

/** A header as every export writes it: its first letter upper case ("Tahap", not "tahap"). */
export function headerText(text: string): string {
  return text.charAt(0).toLocaleUpperCase("id") + text.slice(1);
}

const percentText = (share: number, decimal: string) =>
  `${String(Math.round(share * 1000) / 10).replace(".", decimal)}%`;

function csvValue(cell: Cell, decimal: string): string | number | null | undefined {
  if (cell === null || cell === undefined || typeof cell !== "object") return cell;
  return "date" in cell ? toIsoDate(cell.date) : percentText(cell.share, decimal);
}

type Options = {
  /** Import templates keep their column names as they are (the importer reads them). */
  keepHeader?: boolean;
};

/**
 * A table as a downloadable CSV or XLSX file. XLSX cells are written as plain
 * values, never as formulas, so "=HYPERLINK(…)" stays text; dates are date
 * cells and shares are numbers with a percent format; the header row is
 * frozen, filtered and the columns sized to their contents.
 */
export async function tableFile(
  format: ExportFormat,
  name: string,
  header: string[],
  rows: Cell[][],
  options: Options = {},
): Promise<Response> {
  const headers = { "cache-control": "no-store" };
  const head = options.keepHeader ? header : header.map(headerText);
  if (format !== "xlsx") {
    const dialect = format === "csv-id" ? CSV_INDONESIAN : CSV_PLAIN;
    const body = rows.map((row) => row.map((cell) => csvValue(cell, dialect.decimal)));
    return new Response(toCsv(head, body, dialect), {
      headers: {
        ...headers,
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${name}.csv"`,
      },
    });
  }
  const buffer = await xlsxBuffer(name, head, rows);
  return new Response(new Uint8Array(buffer), {
    headers: {
      ...headers,
      "content-type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "content-disposition": `attachment; filename="${name}.xlsx"`,
    },
  });
}

const DATE_FORMAT = "dd/mm/yyyy";
const PERCENT_FORMAT = "0.0%";

async function xlsxBuffer(name: string, header: string[], rows: Cell[][]): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet(name.slice(0, 31), { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  const widths = header.map((text) => text.length);
  for (const row of rows) {
    const added = sheet.addRow(row.map(xlsxValue));
    row.forEach((cell, index) => {
      const target = added.getCell(index + 1);
      if (cell && typeof cell === "object") target.numFmt = "date" in cell ? DATE_FORMAT : PERCENT_FORMAT;
      const shown = cell && typeof cell === "object" ? ("date" in cell ? 10 : 6) : String(cell ?? "").length;
      widths[index] = Math.max(widths[index] ?? 0, shown);
    });
  }
  widths.forEach((width, index) => (sheet.getColumn(index + 1).width = Math.min(Math.max(width + 2, 8), 60)));
  if (header.length > 0) sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

function xlsxValue(cell: Cell): ExcelJS.CellValue {
  if (cell === null || cell === undefined) return "";
  if (typeof cell !== "object") return cell;
  return "date" in cell ? cell.date : cell.share;
}
