import type { z } from "zod";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import type { Ctx } from "@/lib/server/scoped-db";
import type { ImportEntity } from "./entity";

/**
 * The district an import writes to: always the one checked against the user's scope, never one named in the file.
 * `puskesmas` restricts it to one puskesmas (a head importing their own roster): only the staff kind runs
 * then, every row must be that puskesmas', and exports and history list only its rows. Null: the whole district.
 */
export type ImportDistrict = {
  id: string;
  code: string;
  provinceId: string | null;
  puskesmas: { id: string; code: string } | null;
};

/** Why one row was rejected: the spreadsheet row number, the column, and a catalogue message. */
export type RowIssue = { row: number; column: string; messageKey: string; values?: Record<string, string | number> };

export type Outcome = "create" | "update" | "unchanged";
export type ParsedRow<Row> = { row: number; data: Row };
export type PlannedRow<Row> = ParsedRow<Row> & { outcome: Outcome };
export type Plan<Row> = { planned: PlannedRow<Row>[]; rejected: RowIssue[] };

export type Snapshot = Record<string, unknown>;
/** A row an import created or updated (`entity`: its table's ImportEntity name), with the fields it manages before and after. */
export type RowLink = { entity: string; entityId: string; created: boolean; before: Snapshot | null; after: Snapshot };

/**
 * One kind of import, described in one place (`lib/imports/kinds/<kind>.ts`).
 * `columns` maps the template's column names (Bahasa Indonesia, in template
 * order) to the fields of `schema`, which is the form's own zod schema narrowed
 * or extended for a file row. `entity` is the table the kind owns: how undo
 * reads, deletes and restores its rows.
 *
 * The functions taking a `Row` are methods so that every kind fits the
 * registry's `ImportKindDef<unknown>`: the pipeline only ever hands a kind the
 * rows its own `schema` parsed.
 */
export type ImportKindDef<Row> = {
  kind: ImportKind;
  slug: string;
  columns: Record<string, string>;
  /** Other header names a file may use for a column (besides the common ones of `../columns.ts`). */
  aliases?: Record<string, string[]>;
  /** The template's example row (column → value), marked "[CONTOH]" in the file and never imported. */
  example: Record<string, string>;
  /** Columns that must be present in the header (the others may be left out). */
  requiredColumns: string[];
  schema: z.ZodType<Row>;
  /** The natural key (Kemendagri code, facility code, NIP…): rows sharing one are all rejected. */
  naturalKey(row: Row): string;
  /** The column a duplicate key is reported on. */
  keyColumn: string;
  /** Sorts each valid row into create, update or unchanged, or rejects it, against the database. */
  plan(ctx: Ctx, district: ImportDistrict, rows: ParsedRow<Row>[]): Promise<Plan<Row>>;
  /** Writes the created and updated rows; returns what it touched (links made by an entity's `created`/`updated`), for the batch record. */
  apply(ctx: Ctx, district: ImportDistrict, rows: PlannedRow<Row>[]): Promise<RowLink[]>;
  /** The district's current data in template column order: export → edit → import round-trips. */
  exportRows: (ctx: Ctx, district: ImportDistrict) => Promise<string[][]>;
  /** The table this kind creates rows in; undo finds it by the links' entity name. */
  entity: ImportEntity;
  /** Tables the kind also writes whose rows hold its entity's (a monthly value's report): undo deletes them after. */
  parentEntities?: ImportEntity[];
};
