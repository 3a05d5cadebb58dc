import { hasControlCharacters } from "@/lib/validation/characters";
import {
  INDICATOR_IDS,
  INDICATOR_LIST,
  indicatorKey,
  indicatorValue,
  rankable,
  shownIn,
  withFigures,
  worstStatus,
  type IndicatorEntry,
  type IndicatorFacts,
  type IndicatorId,
  type Registry,
} from "@/lib/indicators/definitions";
import type { ProjectionStatus } from "@/lib/rollout/projection";

/** One row of a comparison: a district, or a province in the national view. */
export type ComparisonRow = {
  code: string;
  name: string;
  /** The province of a district row (national view). */
  parent: { code: string; name: string } | null;
  /** Where clicking the row leads: a district dashboard or a province comparison. */
  href: string;
  isIllustrative: boolean;
  facts: IndicatorFacts;
  /** Set by slimRows: the district's `facts.figures` were left out, and withFullFigures derives them again. */
  figuresDerived?: true;
};

/**
 * The rows as the server sends them to the browser: a district row's figures are a
 * pure function of its other facts (withFigures), so they are left out and derived
 * again in the browser (withFullFigures), which roughly halves the national page's
 * payload (514 districts). Only when deriving them gives exactly the same figures;
 * sums of districts (provinces) keep theirs.
 */
export function slimRows(rows: readonly ComparisonRow[]): ComparisonRow[] {
  return rows.map((row) => {
    if (row.facts.districts !== 1) return row;
    const derived = withFigures({ ...row.facts, figures: {} });
    const same =
      derived.allAreasEntered === row.facts.allAreasEntered && sameFigures(derived.figures, row.facts.figures);
    return same ? { ...row, facts: { ...row.facts, figures: {} }, figuresDerived: true } : row;
  });
}

function sameFigures(a: IndicatorFacts["figures"], b: IndicatorFacts["figures"]): boolean {
  const ids = Object.keys(a);
  if (ids.length !== Object.keys(b).length) return false;
  return ids.every((id) => {
    const x = a[id]!;
    const y = b[id];
    if (!y) return false;
    const fields = Object.keys(x) as (keyof typeof x)[];
    return fields.length === Object.keys(y).length && fields.every((field) => x[field] === y[field]);
  });
}

/** The rows with every district's figures again (the inverse of slimRows; rows that kept theirs are returned as they are). */
export function withFullFigures(rows: readonly ComparisonRow[]): ComparisonRow[] {
  return rows.map((row) => {
    if (!row.figuresDerived) return row;
    const full: ComparisonRow = { ...row, facts: withFigures(row.facts) };
    delete full.figuresDerived;
    return full;
  });
}

export const KADER_COLUMNS = ["kaderPurwa", "kaderMadya", "kaderUtama"] as const;
export const SORT_KEYS = ["name", ...INDICATOR_IDS, ...KADER_COLUMNS, "latestActivity"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const STATUS_FILTERS = ["behind", "onTrack", "stale", "noTarget"] as const;

/** The table's state, kept in the URL: ?urut=&arah=&cari=&status=&ind=&hal=. */
export type TComparisonView = {
  urut: SortKey;
  arah: "asc" | "desc";
  cari: string;
  status?: (typeof STATUS_FILTERS)[number];
  ind: IndicatorId;
  /** The page of a long table (the national list of 514 districts), from 1. */
  hal: number;
};

/** The longest search text the table takes (after trimming); a longer one reads as no search. */
const SEARCH_MAX = 80;

function oneOf<T extends string>(options: readonly T[], value: unknown): T | undefined {
  return typeof value === "string" && (options as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * The view from a URL's query: anything unusable (an unknown column, a search with
 * control characters or over 80 characters, a page that is not a whole number from 1)
 * falls back to the default. Plain code, not a zod schema: the browser's table parses
 * its URL with it, and zod would add about 25 KB (gzip) to the comparison pages' first load.
 */
export function parseComparisonView(
  query: Record<string, string | string[] | undefined> | URLSearchParams,
): TComparisonView {
  const get = (key: string) =>
    query instanceof URLSearchParams ? (query.get(key) ?? undefined) : [query[key]].flat()[0];
  const search = get("cari") ?? "";
  const cari = typeof search === "string" ? search.trim() : "";
  const page = Number(get("hal") ?? 1);
  return {
    urut: oneOf(SORT_KEYS, get("urut")) ?? "name",
    arah: oneOf(["asc", "desc"] as const, get("arah")) ?? "asc",
    cari: cari.length <= SEARCH_MAX && !hasControlCharacters(cari) ? cari : "",
    status: oneOf(STATUS_FILTERS, get("status")),
    ind: oneOf(INDICATOR_IDS, get("ind")) ?? "puskesmasIlp",
    hal: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

/** The number a column sorts by; null sorts last (nothing to measure). */
/** Rows a comparison table shows at once: a province's districts fit on one page, the national 514 take eleven. */
export const COMPARISON_PAGE_SIZE = 50;

export function sortValue(row: ComparisonRow, key: SortKey): number | string | null {
  if (key === "name") return row.name;
  if (key === "latestActivity") return row.facts.latestActivity;
  if (key === "kaderPurwa") return row.facts.kader.PURWA;
  if (key === "kaderMadya") return row.facts.kader.MADYA;
  if (key === "kaderUtama") return row.facts.kader.UTAMA;
  return indicatorValue(key, row.facts).share;
}

/**
 * The number a row is ranked by, or null when it may not be ranked: an
 * indicator whose data is missing or partial (rosters of some puskesmas only,
 * a register known to be incomplete) is never ranked, so a district that has
 * not entered its data never sits among the worst as though it had failed.
 */
export function rankValue(row: ComparisonRow, key: SortKey): number | string | null {
  if (key === "kaderPurwa" || key === "kaderMadya" || key === "kaderUtama")
    return row.facts.areas.KADER.rows > 0 ? sortValue(row, key) : null;
  if (key === "name" || key === "latestActivity") return sortValue(row, key);
  const value = indicatorValue(key, row.facts);
  return rankable(value) ? value.share : null;
}

/** sortValue and rankValue at once (an indicator's value computed once). */
function sortAndRank(row: ComparisonRow, key: SortKey): { sort: number | string | null; rank: number | string | null } {
  if (!(INDICATOR_IDS as readonly string[]).includes(key))
    return { sort: sortValue(row, key), rank: rankValue(row, key) };
  const value = indicatorValue(key, row.facts);
  return { sort: value.share, rank: rankable(value) ? value.share : null };
}

const BEHIND: ProjectionStatus[] = ["MISSED", "OFF_TRACK", "AT_RISK"];

export function matchesFilter(row: ComparisonRow, view: Pick<TComparisonView, "cari" | "status">): boolean {
  const q = view.cari.toLowerCase();
  if (
    q &&
    !row.name.toLowerCase().includes(q) &&
    !row.code.startsWith(q) &&
    !(row.parent?.name.toLowerCase().includes(q) ?? false)
  )
    return false;
  if (!view.status) return true;
  // Targets whose data is too old for a verdict are neither behind nor on track.
  if (view.status === "stale") return row.facts.targets.unprojectable > 0;
  if (row.facts.targets.unprojectable > 0) return false;
  const status = worstStatus(row.facts);
  if (view.status === "behind") return status !== null && BEHIND.includes(status);
  if (view.status === "onTrack") return status === "ON_TRACK" || status === "MET";
  if (view.status === "noTarget") return status === null;
  return true;
}

export type RankedRow = ComparisonRow & { rank: number | null };

/**
 * Filters, sorts and ranks rows. The rank follows the sorted column, best
 * first (highest share or count, latest activity; puskesmas adoption when
 * sorted by name); equal values share a rank. Rows whose data for the column
 * is incomplete get no rank and follow the ranked rows (sorted among
 * themselves); rows with no data come last.
 */
export function arrangeRows(rows: readonly ComparisonRow[], view: TComparisonView): RankedRow[] {
  // Sorted by name, the rank is still about progress: puskesmas adoption.
  const rankKey: SortKey = view.urut === "name" ? "puskesmasIlp" : view.urut;
  // Each row's values computed once, not in every comparison.
  const keyed = rows
    .filter((row) => matchesFilter(row, view))
    .map((row) => {
      const { sort, rank } = sortAndRank(row, view.urut);
      // 0: ranked; 1: data entered but incomplete (shown apart, after the ranked rows); 2: no data.
      const group = rank !== null ? 0 : sort !== null ? 1 : 2;
      return { row, sort, group, rankBy: rankKey === view.urut ? rank : sortAndRank(row, rankKey).rank };
    });
  const sorted = [...keyed].sort((a, b) => {
    if (a.group !== b.group) return a.group - b.group;
    const x = a.sort;
    const y = b.sort;
    if (x === null || y === null) return x === y ? a.row.name.localeCompare(b.row.name) : x === null ? 1 : -1;
    const order = typeof x === "string" ? x.localeCompare(String(y)) : x - (y as number);
    return order !== 0 ? (view.arah === "asc" ? order : -order) : a.row.name.localeCompare(b.row.name);
  });
  const best = keyed.filter((entry) => entry.rankBy !== null);
  best.sort((a, b) => -compareValues(a.rankBy, b.rankBy));
  const rankOf = new Map<string, number>();
  best.forEach((entry, index) => {
    const previous = best[index - 1];
    const tie = previous && compareValues(previous.rankBy, entry.rankBy) === 0;
    rankOf.set(entry.row.code, tie ? rankOf.get(previous.row.code)! : index + 1);
  });
  return sorted.map(({ row }) => ({ ...row, rank: rankOf.get(row.code) ?? null }));
}

function compareValues(x: number | string | null, y: number | string | null): number {
  if (x === null || y === null) return 0;
  return typeof x === "string" ? x.localeCompare(String(y)) : x - (y as number);
}

/** Above, at or below the average (the total's own share); null when either has nothing to measure. */
export function againstAverage(value: number | null, average: number | null): "above" | "below" | "equal" | null {
  if (value === null || average === null) return null;
  const gap = value - average;
  if (Math.abs(gap) < 0.005) return "equal";
  return gap > 0 ? "above" : "below";
}

/** Which indicator colours the bar chart and the tile map. */
export const CHART_INDICATORS: readonly IndicatorId[] = INDICATOR_IDS;

/** The comparison table's indicator columns, from the registry: its table entries in order, with their header. */
export function tableColumns(
  t: (key: string) => string,
  registry: Registry = INDICATOR_LIST,
): { entry: IndicatorEntry; header: string }[] {
  return shownIn("table", registry).map((entry) => ({ entry, header: t(indicatorKey(entry.id, "short")) }));
}
