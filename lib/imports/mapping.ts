import { z } from "zod";
import { hasControlCharacters } from "@/lib/validation/text";
import { FileRejected } from "./read-table";
import type { ImportKindDef } from "./types";

/** At most this many columns may be mapped (no kind has more). */
const MAX_MAPPED = 40;
const name = z
  .string()
  .min(1, "imports.mapping.invalid")
  .max(100, "imports.mapping.invalid")
  .refine((text) => !hasControlCharacters(text), "imports.mapping.invalid");

/**
 * The column-mapping step's answer, as the upload form sends it (field `mapping`, JSON): template column →
 * the file's header (as a column name). Generic over kinds; which columns and headers exist is checked once the
 * kind and the file's header are known (`applyMapping`).
 */
export const ZColumnMapping = z
  .record(name, name)
  .refine((mapping) => Object.keys(mapping).length <= MAX_MAPPED, "imports.mapping.invalid");
export type TColumnMapping = z.output<typeof ZColumnMapping>;

/** The upload form's `mapping` field: absent or empty means no mapping; anything malformed is refused (400). */
export function parseMappingField(raw: unknown): TColumnMapping | null {
  if (raw === null || raw === undefined || raw === "") return null;
  if (typeof raw !== "string" || raw.length > 10_000) throw new FileRejected("imports.mapping.invalid");
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new FileRejected("imports.mapping.invalid");
  }
  const parsed = ZColumnMapping.safeParse(json);
  if (!parsed.success) throw new FileRejected("imports.mapping.invalid");
  return Object.keys(parsed.data).length ? parsed.data : null;
}

/**
 * The sources of the template columns after the user's mapping: each mapped column reads the header chosen for
 * it, the others keep what their names and aliases matched. Refused: a column the kind does not have, a header
 * the file does not have, and one header feeding two columns.
 */
export function applyMapping(
  def: Pick<ImportKindDef<unknown>, "columns">,
  matched: Map<string, string>,
  mapping: TColumnMapping,
  header: string[],
): Map<string, string> {
  const present = new Set(header.filter(Boolean));
  const sources = new Map(matched);
  for (const [column, source] of Object.entries(mapping)) {
    if (!(column in def.columns)) throw new FileRejected("imports.mapping.unknownColumn", { column });
    if (!present.has(source)) throw new FileRejected("imports.mapping.unknownHeader", { header: source });
    sources.set(column, source);
  }
  const usedBy = new Map<string, string>();
  for (const [column, source] of sources) {
    const other = usedBy.get(source);
    if (other) throw new FileRejected("imports.mapping.duplicate", { header: source, columns: `${other}, ${column}` });
    usedBy.set(source, column);
  }
  return sources;
}
