import { z } from "zod";
import { zText } from "@/lib/validation/text";
import { INDICATOR_IDS, indicatorValue, worstStatus, type IndicatorFacts, type IndicatorId } from "@/lib/indicators/definitions";
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
};

export const KADER_COLUMNS = ["kaderPurwa", "kaderMadya", "kaderUtama"] as const;
export const SORT_KEYS = ["name", ...INDICATOR_IDS, ...KADER_COLUMNS, "latestActivity"] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export const STATUS_FILTERS = ["behind", "onTrack", "noTarget"] as const;

/** The table's state, kept in the URL: ?urut=&arah=&cari=&status=&ind=&hal=. */
export const ZComparisonView = z.object({
  urut: z.enum(SORT_KEYS).catch("name"),
  arah: z.enum(["asc", "desc"]).catch("asc"),
  cari: zText({ max: 80 }).catch(""),
  status: z.enum(STATUS_FILTERS).optional().catch(undefined),
  ind: z.enum(INDICATOR_IDS).catch("puskesmasIlp"),
  /** The page of a long table (the national list of 514 districts), from 1. */
  hal: z.coerce.number().int().min(1).catch(1),
});
export type TComparisonView = z.infer<typeof ZComparisonView>;

export function parseComparisonView(query: Record<string, string | string[] | undefined> | URLSearchParams): TComparisonView {
  const get = (key: string) => (query instanceof URLSearchParams ? (query.get(key) ?? undefined) : [query[key]].flat()[0]);
  return ZComparisonView.parse({ urut: get("urut"), arah: get("arah"), cari: get("cari") ?? "", status: get("status"), ind: get("ind"), hal: get("hal") ?? 1 });
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
  return indicatorValue(key as IndicatorId, row.facts).share;
}

const BEHIND: ProjectionStatus[] = ["MISSED", "OFF_TRACK", "AT_RISK"];

export function matchesFilter(row: ComparisonRow, view: Pick<TComparisonView, "cari" | "status">): boolean {
  const q = view.cari.toLowerCase();
  if (q && !row.name.toLowerCase().includes(q) && !row.code.startsWith(q) && !(row.parent?.name.toLowerCase().includes(q) ?? false)) return false;
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
 * sorted by name); equal values share a rank; rows with nothing to measure
 * get no rank and sort last.
 */
export function arrangeRows(rows: readonly ComparisonRow[], view: TComparisonView): RankedRow[] {
  const kept = rows.filter((row) => matchesFilter(row, view));
  const compare = (a: ComparisonRow, b: ComparisonRow) => {
    const x = sortValue(a, view.urut);
    const y = sortValue(b, view.urut);
    if (x === null || y === null) return x === y ? a.name.localeCompare(b.name) : x === null ? 1 : -1;
    const order = typeof x === "string" ? x.localeCompare(String(y)) : x - (y as number);
    return order !== 0 ? (view.arah === "asc" ? order : -order) : a.name.localeCompare(b.name);
  };
  const sorted = [...kept].sort(compare);
  // Sorted by name, the rank is still about progress: puskesmas adoption.
  const rankKey: SortKey = view.urut === "name" ? "puskesmasIlp" : view.urut;
  const best = [...kept].filter((row) => sortValue(row, rankKey) !== null);
  best.sort((a, b) => -compareValues(sortValue(a, rankKey), sortValue(b, rankKey)));
  const rankOf = new Map<string, number>();
  best.forEach((row, index) => {
    const previous = best[index - 1];
    const tie = previous && compareValues(sortValue(previous, rankKey), sortValue(row, rankKey)) === 0;
    rankOf.set(row.code, tie ? rankOf.get(previous.code)! : index + 1);
  });
  return sorted.map((row) => ({ ...row, rank: rankOf.get(row.code) ?? null }));
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
