const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A cell as plain text, with line breaks as "\n". Leading and trailing spaces (and with them a leading tab
 * or CR) are dropped. A value our own export defused with a leading apostrophe
 * ("'=HYPERLINK(…)") reads back as it was, so export → import changes nothing;
 * formula-looking text is kept as text and is never evaluated.
 */
export function cellText(value: string): string {
  // Line breaks inside a cell as \n only: XLSX keeps no \r, so CSV and XLSX round-trips agree.
  const text = value.replace(/\r\n?/g, "\n").trim();
  if (text.startsWith("'") && FORMULA_START.test(text.slice(1))) return text.slice(1);
  return text;
}

/** Whether a spreadsheet would read `text` as a formula (exports defuse such cells). */
export function looksLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** A header cell as a column name: "Kode Desa" and "kode_desa" read alike. */
export function columnName(header: string): string {
  return header.trim().toLowerCase().replace(/\s+/g, "_");
}
