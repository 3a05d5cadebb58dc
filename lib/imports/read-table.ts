import { Readable } from "node:stream";
import ExcelJS from "exceljs";
import Papa from "papaparse";
import { ValidationError } from "@/lib/server/errors";
import unzipper, { type Entry } from "unzipper";
import { hasControlCharacters } from "@/lib/validation/characters";
import { cellText, columnName } from "./cells";
import { IMPORT_LIMITS } from "./limits";
import { toIsoDate } from "@/lib/dates";

/** A file the importer refuses as a whole; `messageKey` names a catalogue message (imports.file.*). */
export class FileRejected extends ValidationError {
  constructor(messageKey: string, values: Record<string, string | number> = {}) {
    super(messageKey, undefined, values);
    this.name = "FileRejected";
  }
}

export type TableFormat = "csv-utf-8" | "csv-windows-1252" | "xlsx";
/** One data row: its row number as a spreadsheet shows it (the header is row 1) and its cells by column name. */
export type TableRow = { rowNumber: number; cells: Record<string, string> };
export type TableInfo = { format: TableFormat; header: string[]; rowCount: number };

/**
 * Reads a CSV or XLSX file row by row, handing each non-empty data row to
 * `onRow` as it goes, so only what the caller keeps stays in memory. CSV: UTF-8
 * (with or without BOM) or, when the bytes are not valid UTF-8, Windows-1252;
 * `;`, `,` or tab separators; quoted newlines. XLSX: the first sheet, values
 * only (a formula cell reads as its formula text, never as a computed result).
 */
export async function readTable(
  file: Blob,
  onHeader: (header: string[]) => void,
  onRow: (row: TableRow) => void,
): Promise<TableInfo> {
  if (file.size === 0) throw new FileRejected("imports.file.empty");
  if (file.size > IMPORT_LIMITS.maxBytes)
    throw new FileRejected("imports.file.tooLarge", { max: IMPORT_LIMITS.maxBytes / (1024 * 1024) });
  const head = new Uint8Array(await file.slice(0, 4096).arrayBuffer());
  if (isZip(head)) return readXlsx(file, onHeader, onRow);
  if (!looksLikeText(head)) throw new FileRejected("imports.file.notSpreadsheet");
  return readCsv(file, onHeader, onRow);
}

const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/** Text files have no NUL bytes and few control characters; images and binaries do. */
function looksLikeText(bytes: Uint8Array): boolean {
  let control = 0;
  for (const byte of bytes) {
    if (byte === 0) return false;
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0d) control++;
  }
  return control <= bytes.length / 100;
}

/** Whether the whole file is valid UTF-8, checked chunk by chunk without keeping the text. */
async function isUtf8(file: Blob): Promise<boolean> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  try {
    for await (const chunk of file.stream() as unknown as AsyncIterable<Uint8Array>)
      decoder.decode(chunk, { stream: true });
    decoder.decode();
    return true;
  } catch {
    return false;
  }
}

async function* decodedText(file: Blob, encoding: "utf-8" | "windows-1252"): AsyncGenerator<string> {
  // The UTF-8 decoder drops a leading BOM (ignoreBOM is false by default).
  const decoder = new TextDecoder(encoding);
  for await (const chunk of file.stream() as unknown as AsyncIterable<Uint8Array>) {
    const text = decoder.decode(chunk, { stream: true });
    if (text) yield text;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** The separator of the header line: Indonesian Excel writes `;`, others `,`; tab for pasted tables. */
function detectDelimiter(firstLine: string): string {
  const counts = [";", ",", "\t"].map((delimiter) => [delimiter, firstLine.split(delimiter).length - 1] as const);
  return counts.reduce((best, next) => (next[1] > best[1] ? next : best))[0];
}

async function readCsv(
  file: Blob,
  onHeader: (header: string[]) => void,
  onRow: (row: TableRow) => void,
): Promise<TableInfo> {
  const encoding = (await isUtf8(file)) ? "utf-8" : "windows-1252";
  const firstText = new TextDecoder(encoding).decode(await file.slice(0, 64 * 1024).arrayBuffer());
  const delimiter = detectDelimiter(firstText.split(/\r?\n/, 1)[0] ?? "");

  const parser = Papa.parse(Papa.NODE_STREAM_INPUT, { delimiter, skipEmptyLines: false });
  const source = Readable.from(decodedText(file, encoding));
  const rows = new TableRows(onHeader, onRow);
  // Events, not for-await: papaparse's stream never closes when iteration stops early (a rejected file).
  await new Promise<void>((resolve, reject) => {
    const stop = (error: unknown) => {
      source.unpipe(parser);
      source.destroy();
      parser.removeAllListeners("data");
      reject(error);
    };
    parser.on("data", (record: string[]) => {
      try {
        rows.push(record);
      } catch (error) {
        stop(error);
      }
    });
    parser.on("end", resolve);
    parser.on("error", stop);
    source.on("error", stop);
    source.pipe(parser);
  });
  return {
    format: encoding === "utf-8" ? "csv-utf-8" : "csv-windows-1252",
    header: rows.finish(),
    rowCount: rows.dataRows,
  };
}

/**
 * exceljs' streaming reader, given a worksheet before the shared strings (Excel's
 * usual order), parks the sheet in a temp file (the `tmp` package) with an open
 * descriptor, released only when that sheet is read to the end: every upload
 * leaked a file and a descriptor (we stop after the first sheet, and a rejected
 * file stops at once). So a first pass reads the workbook, its relations and
 * the shared strings into the reader, and the second finds them there and reads
 * the sheet straight from the zip stream: no temp file is ever made.
 */
async function readXlsx(
  file: Blob,
  onHeader: (header: string[]) => void,
  onRow: (row: TableRow) => void,
): Promise<TableInfo> {
  const options = {
    worksheets: "emit",
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "ignore",
    entries: "ignore",
  } as const;
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(Readable.from([]), options);
  const rows = new TableRows(onHeader, onRow);
  const inputs: Readable[] = [];
  const streamOf = () => {
    const input = Readable.fromWeb(file.stream() as import("node:stream/web").ReadableStream);
    inputs.push(input);
    return input;
  };
  try {
    await readWorkbookParts(reader as unknown as WorkbookParts, streamOf());
    for await (const event of (reader as unknown as WorkbookParts).parse(streamOf(), options)) {
      if (event.eventType !== "worksheet") continue;
      for await (const row of event.value as ExcelJS.stream.xlsx.WorksheetReader) {
        const values = row.values as unknown[];
        rows.push(values.slice(1).map(xlsxCellText), row.number);
      }
      break; // The first sheet is the table; others (notes, lists) are ignored.
    }
  } catch (error) {
    if (error instanceof FileRejected) throw error;
    throw new FileRejected("imports.file.notSpreadsheet");
  } finally {
    for (const input of inputs) input.destroy();
  }
  return { format: "xlsx", header: rows.finish(), rowCount: rows.dataRows };
}

/** The parts of exceljs 4's WorkbookReader (lib/stream/xlsx/workbook-reader.js) the two passes use. */
type WorkbookParts = {
  sharedStrings?: unknown[];
  workbookRels?: unknown[];
  parse(input: Readable, options: object): AsyncIterable<{ eventType: string; value: unknown }>;
  _parseRels(entry: Entry): Promise<void>;
  _parseWorkbook(entry: Entry): Promise<void>;
  _parseSharedStrings(entry: Entry): AsyncIterable<unknown>;
};

/** The first pass: workbook, relations and shared strings into `reader`; every other entry is skipped unread. */
async function readWorkbookParts(reader: WorkbookParts, input: Readable): Promise<void> {
  const zip = unzipper.Parse({ forceStream: true });
  input.on("error", (error) => zip.destroy(error));
  input.pipe(zip);
  try {
    for await (const entry of zip as AsyncIterable<Entry>) {
      if (entry.path === "xl/_rels/workbook.xml.rels") await reader._parseRels(entry);
      else if (entry.path === "xl/workbook.xml") await reader._parseWorkbook(entry);
      else if (entry.path === "xl/sharedStrings.xml") for await (const _ of reader._parseSharedStrings(entry)) void _;
      entry.autodrain();
    }
  } finally {
    zip.destroy();
  }
  // A workbook without shared strings (inline strings only) or relations still reads straight from the zip.
  reader.sharedStrings ??= [];
  reader.workbookRels ??= [];
}

/** An XLSX cell as text: formulas as their text (never their cached result), dates as YYYY-MM-DD. */
export function xlsxCellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return toIsoDate(value);
  if (typeof value !== "object") return String(value);
  const cell = value as {
    formula?: string;
    sharedFormula?: string;
    richText?: { text: string }[];
    text?: unknown;
    error?: string;
  };
  if (cell.formula !== undefined || cell.sharedFormula !== undefined) return `=${cell.formula ?? cell.sharedFormula}`;
  if (cell.richText) return cell.richText.map((part) => part.text).join("");
  if (cell.text !== undefined) return xlsxCellText(cell.text);
  if (cell.error) return cell.error;
  return "";
}

/** The mark of a template's example row: its first cell starts with it, and the row is never imported. */
export const EXAMPLE_MARK = "[CONTOH]";
const isExampleRow = (cells: string[]) => (cells[0] ?? "").toUpperCase().startsWith(EXAMPLE_MARK);

/** Turns raw records into numbered rows by column name, skipping empty ones and enforcing the row limit. */
class TableRows {
  private header: string[] | null = null;
  private recordNumber = 0;
  dataRows = 0;
  constructor(
    private readonly onHeader: (header: string[]) => void,
    private readonly onRow: (row: TableRow) => void,
  ) {}

  push(record: string[], rowNumber = this.recordNumber + 1): void {
    this.recordNumber = rowNumber;
    const cells = record.map((cell) => cellText(cell ?? ""));
    if (cells.every((cell) => cell === "")) return;
    if (!this.header) {
      if (cells.some((cell) => hasControlCharacters(cell))) throw new FileRejected("imports.file.controlCharacters");
      this.header = cells.map(columnName);
      this.onHeader(this.header);
      return;
    }
    if (isExampleRow(cells)) return;
    if (++this.dataRows > IMPORT_LIMITS.maxRows)
      throw new FileRejected("imports.file.tooManyRows", { max: IMPORT_LIMITS.maxRows });
    const byColumn: Record<string, string> = {};
    this.header.forEach((column, index) => {
      if (column) byColumn[column] = cells[index] ?? "";
    });
    this.onRow({ rowNumber, cells: byColumn });
  }

  finish(): string[] {
    if (!this.header) throw new FileRejected("imports.file.noHeader");
    return this.header;
  }
}
