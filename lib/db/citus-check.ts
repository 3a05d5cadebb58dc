import type pg from "pg";
import { COORDINATOR_TABLES, DISTRIBUTED_TABLES, DISTRIBUTION_COLUMN, REFERENCE_TABLES } from "./distribution";

/** What the rules need from the catalog: tables and their columns, unique indexes, foreign keys. */
export type Catalog = {
  tables: { name: string; columns: { name: string; notNull: boolean }[] }[];
  /** Primary keys, unique and exclusion indexes; an expression's column is null. */
  indexes: { table: string; name: string; primary: boolean; columns: (string | null)[] }[];
  foreignKeys: {
    name: string;
    table: string;
    columns: string[];
    references: string;
    referencedColumns: string[];
    /** pg_constraint's action codes: a no action, r restrict, c cascade, n set null, d set default. */
    onUpdate: string;
    onDelete: string;
    /** ON DELETE SET NULL (columns…): the columns it sets, when it names them. */
    deleteSetColumns: string[] | null;
  }[];
};

export type Classification = {
  distributed: Readonly<Record<string, { key?: readonly string[] }>>;
  reference: Readonly<Record<string, string>>;
  coordinator: Readonly<Record<string, string>>;
};

export const CLASSIFICATION: Classification = {
  distributed: DISTRIBUTED_TABLES,
  reference: REFERENCE_TABLES,
  coordinator: COORDINATOR_TABLES,
};

/** Reads the public schema's tables, keys and foreign keys. */
export async function readCatalog(client: pg.ClientBase): Promise<Catalog> {
  const tables = await client.query<{ name: string; columns: { name: string; notNull: boolean }[] }>(`
    SELECT c.relname AS name,
           json_agg(json_build_object('name', a.attname, 'notNull', a.attnotnull) ORDER BY a.attnum) AS columns
      FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
     WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT c.relispartition
     GROUP BY c.relname ORDER BY 1`);
  const indexes = await client.query<Catalog["indexes"][number]>(`
    SELECT t.relname AS table, i.relname AS name, x.indisprimary AS primary,
           array(SELECT a.attname::text FROM unnest(x.indkey::int2[]) WITH ORDINALITY AS k(attnum, ord)
                   LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum AND k.attnum > 0
                  ORDER BY k.ord) AS columns
      FROM pg_index x JOIN pg_class i ON i.oid = x.indexrelid JOIN pg_class t ON t.oid = x.indrelid
      JOIN pg_namespace n ON n.oid = t.relnamespace
     WHERE n.nspname = 'public' AND (x.indisunique OR x.indisprimary OR x.indisexclusion)
     ORDER BY 1, 2`);
  const foreignKeys = await client.query<Catalog["foreignKeys"][number]>(`
    SELECT c.conname AS name, t.relname AS table, r.relname AS references,
           array(SELECT a.attname::text FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord) AS columns,
           array(SELECT a.attname::text FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, ord)
                   JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.ord) AS "referencedColumns",
           c.confupdtype AS "onUpdate", c.confdeltype AS "onDelete",
           CASE WHEN c.confdelsetcols IS NULL THEN NULL ELSE
             array(SELECT a.attname::text FROM unnest(c.confdelsetcols) AS k(attnum)
                     JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum) END AS "deleteSetColumns"
      FROM pg_constraint c JOIN pg_class t ON t.oid = c.conrelid JOIN pg_class r ON r.oid = c.confrelid
     WHERE c.contype = 'f' AND c.connamespace = 'public'::regnamespace
     ORDER BY 2, 1`);
  return { tables: tables.rows, indexes: indexes.rows, foreignKeys: foreignKeys.rows };
}

const ACTION = { a: "NO ACTION", r: "RESTRICT", c: "CASCADE", n: "SET NULL", d: "SET DEFAULT" } as Record<
  string,
  string
>;

/**
 * Citus' rules for a schema distributed by `districtId`, as the list of what breaks them (empty: ready).
 * As migrated (`afterSetup` false), a distributed table's primary key may lack the column only when the
 * classification declares the key the set-up gives it (the same columns plus the column); after the
 * set-up's ALTER TABLE statements (`afterSetup` true), every primary key includes it.
 */
export function citusViolations(
  catalog: Catalog,
  { afterSetup = false, classes = CLASSIFICATION }: { afterSetup?: boolean; classes?: Classification } = {},
): string[] {
  const problems: string[] = [];
  const col = DISTRIBUTION_COLUMN;
  const kind = (table: string) =>
    table in classes.distributed
      ? "distributed"
      : table in classes.reference
        ? "reference"
        : table in classes.coordinator
          ? "coordinator"
          : null;
  const tables = new Map(catalog.tables.map((table) => [table.name, table]));

  // Every table is classified exactly once, and every classified table exists.
  for (const table of catalog.tables) {
    const places = [classes.distributed, classes.reference, classes.coordinator].filter((list) => table.name in list);
    if (places.length === 0)
      problems.push(`${table.name}: not classified (add it to lib/db/distribution.ts as distributed or reference)`);
    if (places.length > 1) problems.push(`${table.name}: classified more than once`);
  }
  for (const name of [
    ...Object.keys(classes.distributed),
    ...Object.keys(classes.reference),
    ...Object.keys(classes.coordinator),
  ])
    if (!tables.has(name)) problems.push(`${name}: classified in lib/db/distribution.ts but no such table`);

  // A distributed table has the distribution column, never null.
  for (const name of Object.keys(classes.distributed)) {
    const column = tables.get(name)?.columns.find((c) => c.name === col);
    if (tables.has(name) && !column) problems.push(`${name}: distributed but has no "${col}" column`);
    else if (column && !column.notNull) problems.push(`${name}: "${col}" may be null (Citus distributes no null)`);
  }

  // Primary keys and unique indexes of distributed tables include the distribution column.
  for (const index of catalog.indexes) {
    if (kind(index.table) !== "distributed") continue;
    const declared = classes.distributed[index.table]?.key;
    if (afterSetup && index.primary && declared && declared.join(",") !== index.columns.join(","))
      problems.push(
        `${index.table}: primary key (${index.columns.join(", ")}) is not the declared (${declared.join(", ")})`,
      );
    if (index.columns.includes(col)) continue;
    if (index.primary && declared && !afterSetup) {
      const asToday = [...index.columns, col];
      if (declared.join(",") !== asToday.join(","))
        problems.push(
          `${index.table}: primary key (${index.columns.join(", ")}) should become (${asToday.join(", ")}) in the set-up, not (${declared.join(", ")})`,
        );
      continue;
    }
    problems.push(
      `${index.table}: ${index.primary ? "primary key" : "unique index"} ${index.name} (${index.columns
        .map((c) => c ?? "<expression>")
        .join(", ")}) lacks "${col}"`,
    );
  }
  // A declared key replaces one that lacks the column only.
  for (const [table, { key }] of Object.entries(classes.distributed)) {
    if (!key) continue;
    const primary = catalog.indexes.find((index) => index.table === table && index.primary);
    if (!afterSetup && primary?.columns.includes(col))
      problems.push(`${table}: primary key already includes "${col}"; drop its key from lib/db/distribution.ts`);
    if (!key.includes(col)) problems.push(`${table}: the set-up's key (${key.join(", ")}) lacks "${col}"`);
  }

  // Foreign keys.
  for (const fk of catalog.foreignKeys) {
    const from = kind(fk.table);
    const to = kind(fk.references);
    const where = `${fk.table}.${fk.name} -> ${fk.references}`;
    if (from === null || to === null) continue; // reported above as unclassified
    if (from === "coordinator" || to === "coordinator") {
      problems.push(`${where}: a coordinator table takes part in no foreign key`);
      continue;
    }
    if (from === "reference" && to === "distributed") {
      problems.push(`${where}: a reference table may not point into a distributed table`);
      continue;
    }
    if (from === "distributed" && to === "distributed") {
      const at = fk.columns.indexOf(col);
      if (at === -1 || fk.referencedColumns[at] !== col)
        problems.push(`${where}: a foreign key between distributed tables must pair "${col}" with "${col}"`);
    }
    if (from === "distributed" && fk.columns.includes(col)) {
      const setsColumn = fk.deleteSetColumns === null || fk.deleteSetColumns.includes(col);
      if ((fk.onDelete === "n" || fk.onDelete === "d") && setsColumn)
        problems.push(`${where}: ON DELETE ${ACTION[fk.onDelete]} would change "${col}"`);
      if (fk.onUpdate === "n" || fk.onUpdate === "d" || fk.onUpdate === "c")
        problems.push(`${where}: ON UPDATE ${ACTION[fk.onUpdate]} on a key with "${col}" (Citus refuses it)`);
    }
  }

  // Creation order: a table after the tables it points to.
  const order = [...Object.keys(classes.reference), ...Object.keys(classes.distributed)];
  for (const fk of catalog.foreignKeys) {
    if (fk.table === fk.references) continue;
    const [from, to] = [order.indexOf(fk.table), order.indexOf(fk.references)];
    if (from !== -1 && to !== -1 && to > from)
      problems.push(`${fk.table}: listed before ${fk.references}, which it points to (${fk.name})`);
  }
  return problems;
}
