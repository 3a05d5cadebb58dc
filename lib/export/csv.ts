const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * The two CSV dialects: `csv` (comma, decimal point) and `csv-id`, what Excel with
 * Indonesian regional settings writes and reads (semicolon, decimal comma).
 */
export type CsvDialect = { delimiter: "," | ";"; decimal: "." | "," };
export const CSV_PLAIN: CsvDialect = { delimiter: ",", decimal: "." };
export const CSV_INDONESIAN: CsvDialect = { delimiter: ";", decimal: "," };

/** One CSV cell: quoted when needed, and defused when a spreadsheet would read it as a formula. */
export function csvCell(value: string | number | null | undefined, dialect: CsvDialect = CSV_PLAIN): string {
  if (value === null || value === undefined) return "";
  let text = typeof value === "number" ? String(value).replace(".", dialect.decimal) : value;
  if (typeof value === "string" && FORMULA_START.test(text)) text = `'${text}`;
  // Quoted for either separator in a plain CSV (old readers guess); a csv-id's decimal commas stay bare.
  const special = dialect.delimiter === "," ? /[",\n\r;]/ : /["\n\r;]/;
  return special.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A CSV document with a BOM, so Excel opens it as UTF-8. */
export function toCsv(
  header: string[],
  rows: (string | number | null | undefined)[][],
  dialect: CsvDialect = CSV_PLAIN,
): string {
  const line = (row: (string | number | null | undefined)[]) =>
    row.map((cell) => csvCell(cell, dialect)).join(dialect.delimiter);
  return "\uFEFF" + [header, ...rows].map(line).join("\r\n") + "\r\n";
}
