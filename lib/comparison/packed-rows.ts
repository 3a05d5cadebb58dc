import { emptyFacts, emptyFigure, type FigureFacts, type IndicatorFacts } from "@/lib/indicators/definitions";
import { withFullFigures, type ComparisonRow } from "./table";

type Leaf = string | number | null;
type Shape = { [key: string]: Leaf | Shape };
/** One row: code, name, parent (index into `parents`, or -1), href, flags (1: illustrative, 2: figures derived), facts, counts, figures. */
type PackedRow = [string, string, number, string, number, Leaf[], (number | null)[], (number[] | null)[] | null];

/**
 * Comparison rows as the server sends them to the browser: each row's facts as one
 * flat array of numbers in a fixed order, instead of nested objects whose keys are
 * repeated in every row (the national page sends 514 districts, and every byte is
 * serialised into the RSC payload and again into the HTML). Lossless: unpackRows
 * gives back exactly the rows packRows was given.
 */
export type PackedRows = {
  parents: { code: string; name: string }[];
  countKeys: string[];
  figureKeys: string[];
  rows: PackedRow[];
};

// The facts' fixed part, in emptyFacts' order; counts and figures have keys of their own (per table).
const FACT_SHAPE = Object.fromEntries(
  Object.entries(emptyFacts()).filter(([key]) => key !== "counts" && key !== "figures"),
) as Shape;
const FIGURE_FIELDS = Object.keys(emptyFigure()) as (keyof FigureFacts)[];

function flatten(shape: Shape, value: Shape, into: Leaf[]): void {
  for (const key in shape) {
    const inner = shape[key];
    if (inner !== null && typeof inner === "object") flatten(inner, value[key] as Shape, into);
    else into.push(value[key] as Leaf);
  }
}

function rebuild(shape: Shape, values: readonly Leaf[], at: { index: number }): Shape {
  const out: Shape = {};
  for (const key in shape) {
    const inner = shape[key];
    out[key] = inner !== null && typeof inner === "object" ? rebuild(inner, values, at) : values[at.index++]!;
  }
  return out;
}

const keysOf = (records: readonly Record<string, unknown>[]) => [
  ...new Set(records.flatMap((record) => Object.keys(record))),
];

export function packRows(rows: readonly ComparisonRow[]): PackedRows {
  const parents: PackedRows["parents"] = [];
  const parentIndex = new Map<string, number>();
  const countKeys = keysOf(rows.map((row) => row.facts.counts));
  const figureKeys = keysOf(rows.map((row) => row.facts.figures));
  const packed = rows.map((row): PackedRow => {
    let parent = -1;
    if (row.parent) {
      const key = `${row.parent.code}\u0000${row.parent.name}`;
      parent = parentIndex.get(key) ?? parents.push(row.parent) - 1;
      parentIndex.set(key, parent);
    }
    const facts: Leaf[] = [];
    flatten(FACT_SHAPE, row.facts as unknown as Shape, facts);
    const figures = row.facts.figures;
    return [
      row.code,
      row.name,
      parent,
      row.href,
      (row.isIllustrative ? 1 : 0) | (row.figuresDerived ? 2 : 0),
      facts,
      countKeys.map((key) => row.facts.counts[key] ?? null),
      Object.keys(figures).length === 0
        ? null
        : figureKeys.map((key) => {
            const figure = figures[key];
            return figure ? FIGURE_FIELDS.map((field) => figure[field]) : null;
          }),
    ];
  });
  return { parents, countKeys, figureKeys, rows: packed };
}

const unpacked = new WeakMap<PackedRows, ComparisonRow[]>();

/** The rows again, each district's derived figures included (withFullFigures); the table and the charts share one copy. */
export function unpackRows(packed: PackedRows): ComparisonRow[] {
  const known = unpacked.get(packed);
  if (known) return known;
  const rows = withFullFigures(
    packed.rows.map(([code, name, parent, href, flags, leaves, counts, figures]) => {
      const facts = rebuild(FACT_SHAPE, leaves, { index: 0 }) as unknown as IndicatorFacts;
      facts.counts = {};
      packed.countKeys.forEach((key, index) => {
        if (counts[index] !== null && counts[index] !== undefined) facts.counts[key] = counts[index];
      });
      facts.figures = {};
      figures?.forEach((values, index) => {
        if (!values) return;
        const figure = {} as FigureFacts;
        FIGURE_FIELDS.forEach((field, at) => (figure[field] = values[at]!));
        facts.figures[packed.figureKeys[index]!] = figure;
      });
      const row: ComparisonRow = {
        code,
        name,
        parent: parent >= 0 ? packed.parents[parent]! : null,
        href,
        isIllustrative: (flags & 1) !== 0,
        facts,
      };
      if (flags & 2) row.figuresDerived = true;
      return row;
    }),
  );
  unpacked.set(packed, rows);
  return rows;
}
