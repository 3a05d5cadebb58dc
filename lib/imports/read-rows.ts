import crypto from "node:crypto";
import { FileRejected, readTable, type TableFormat } from "./read-table";
import { hasControlCharacters } from "@/lib/validation/characters";
import { IMPORT_LIMITS } from "./limits";
import type { ImportKindDef, ParsedRow, RowIssue } from "./types";
import { acceptedNames, matchColumns } from "./columns";
import { applyMapping, type TColumnMapping } from "./mapping";

export type ReadRows<Row> = {
  format: TableFormat;
  rowCount: number;
  sha256: string;
  parsed: ParsedRow<Row>[];
  issues: RowIssue[];
};

/** A message key from a zod issue: the schemas carry catalogue keys (some shared with the forms); anything else reads as "required/invalid". */
function issueKey(message: string): string {
  return /^(errors|imports|staffing\.errors)\./.test(message) ? message : "imports.row.invalid";
}

/**
 * Reads a file for one import kind: each row is validated with the kind's zod
 * schema as it streams by, so only valid, parsed rows are kept. Rows sharing a
 * natural key are all rejected: the file does not say which one is right.
 * `mapping` (the column-mapping step) names the header a template column reads
 * when its name and aliases are not in the file.
 */
export async function readImportRows<Row>(
  def: ImportKindDef<Row>,
  file: Blob,
  mapping: TColumnMapping | null = null,
): Promise<ReadRows<Row>> {
  const columnOf = Object.fromEntries(Object.entries(def.columns).map(([column, field]) => [field, column]));
  const parsed: ParsedRow<Row>[] = [];
  const issues: RowIssue[] = [];
  let sources = new Map<string, string>();
  const info = await readTable(
    file,
    (header) => {
      sources = matchColumns(def, header);
      if (mapping) sources = applyMapping(def, sources, mapping, header);
      const missing = def.requiredColumns.filter((column) => !sources.has(column));
      if (missing.length > 0) throw missingColumns(def, header, missing, sources);
    },
    ({ rowNumber, cells: fileCells }) => {
      // The file's cells under the template's column names (a recognised alias reads as its column).
      const cells: Record<string, string> = { ...fileCells };
      for (const [column, source] of sources) if (source !== column) cells[column] = fileCells[source] ?? "";
      // Every cell, also of columns no kind reads: the dry run names the row and column, and the commit never sees it.
      const bad = cellProblems(rowNumber, cells);
      if (bad.length > 0) return void issues.push(...bad);
      const input: Record<string, string> = {};
      for (const [column, field] of Object.entries(def.columns)) if (cells[column]) input[field] = cells[column];
      const result = def.schema.safeParse(input);
      if (result.success) {
        parsed.push({ row: rowNumber, data: result.data });
        return;
      }
      const seen = new Set<string>();
      for (const issue of result.error.issues) {
        const column = columnOf[String(issue.path[0] ?? "")] ?? "";
        if (seen.has(column)) continue;
        seen.add(column);
        issues.push({ row: rowNumber, column, messageKey: issueKey(issue.message) });
      }
    },
  );

  const rowsByKey = new Map<string, number[]>();
  for (const { row, data } of parsed) {
    const key = def.naturalKey(data);
    const rows = rowsByKey.get(key);
    if (rows) rows.push(row);
    else rowsByKey.set(key, [row]);
  }
  const duplicated = new Set<number>();
  for (const rows of rowsByKey.values()) {
    if (rows.length < 2) continue;
    for (const row of rows) {
      duplicated.add(row);
      issues.push({
        row,
        column: def.keyColumn,
        messageKey: "imports.row.duplicateKey",
        values: { rows: rows.join(", ") },
      });
    }
  }
  return {
    format: info.format,
    rowCount: info.rowCount,
    sha256: await sha256Of(file),
    parsed: duplicated.size ? parsed.filter((row) => !duplicated.has(row.row)) : parsed,
    issues,
  };
}

/**
 * The refusal of a file without a required column: what is missing, what the file has, and what it needs
 * (with the other names accepted); `mapping` carries what the column-mapping step offers.
 */
export class MissingColumns extends FileRejected {
  constructor(
    values: Record<string, string>,
    readonly mapping: { header: string[]; required: string[]; matched: Record<string, string> },
  ) {
    super("imports.file.missingColumns", values);
    this.name = "MissingColumns";
  }
}

function missingColumns<Row>(
  def: ImportKindDef<Row>,
  header: string[],
  missing: string[],
  sources: Map<string, string>,
): FileRejected {
  const names = acceptedNames(def);
  const mapping = {
    header: [...new Set(header.filter(Boolean))],
    required: def.requiredColumns,
    matched: Object.fromEntries([...sources].filter(([column]) => def.requiredColumns.includes(column))),
  };
  return new MissingColumns(
    {
      columns: missing.join(", "),
      found: header.filter(Boolean).join(", ") || "–",
      needed: def.requiredColumns
        .map((column) => {
          const others = (names.get(column) ?? []).slice(1, 4);
          return others.length ? `${column} (${others.join(" / ")})` : column;
        })
        .join(", "),
    },
    mapping,
  );
}

/** Cells holding control characters (NUL and the like; line breaks and tabs are a cell's own) or too long for any column. */
function cellProblems(row: number, cells: Record<string, string>): RowIssue[] {
  const problems: RowIssue[] = [];
  for (const [column, text] of Object.entries(cells)) {
    if (hasControlCharacters(text, true)) problems.push({ row, column, messageKey: "errors.controlCharacters" });
    else if (text.length > IMPORT_LIMITS.maxCellChars) problems.push({ row, column, messageKey: "errors.tooLong" });
  }
  return problems;
}

async function sha256Of(file: Blob): Promise<string> {
  const hash = crypto.createHash("sha256");
  for await (const chunk of file.stream() as unknown as AsyncIterable<Uint8Array>) hash.update(chunk);
  return hash.digest("hex");
}
