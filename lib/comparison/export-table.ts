import { completenessLines } from "@/lib/indicators/completeness-summary";
import {
  figureNumber,
  indicatorKey,
  indicatorValue,
  INDICATOR_LIST,
  shownIn,
  worstStatus,
  type IndicatorFacts,
  type Registry,
} from "@/lib/indicators/definitions";
import type { RankedRow } from "./table";
import { percentCell, type Cell as ExportCell } from "@/lib/export/table-file";

type Translate = (key: string, values?: Record<string, string | number>) => string;
type Cell = ExportCell;

/**
 * The comparison export's header and rows, derived from the indicator
 * registry: per indicator its share, numerator, denominator, whether the data
 * is complete and where the figure comes from. "No data" is an empty cell,
 * never 0.
 */
export function comparisonExportTable(input: {
  rows: RankedRow[];
  total: IndicatorFacts;
  totalLabel: string;
  showParent: boolean;
  t: Translate;
  registry?: Registry;
}): { header: string[]; body: Cell[][] } {
  const { rows, total, totalLabel, showParent, t, registry = INDICATOR_LIST } = input;
  const columns = shownIn("export", registry);
  const header = [
    t("comparison.rank"),
    t("dashboard.code"),
    t("comparison.district"),
    ...(showParent ? [t("comparison.province")] : []),
    t("comparison.illustrative"),
    t("figures.completeness"),
    ...columns.flatMap((entry) => {
      const label = t(indicatorKey(entry.id, "short"));
      return [
        `${label} (${entry.format === "percent" ? "%" : t("comparison.ratio")})`,
        `${label}: ${t("comparison.numerator")}`,
        `${label}: ${t("comparison.denominator")}`,
        `${label}: ${t("figures.dataColumn")}`,
        `${label}: ${t("figures.provenanceColumn")}`,
      ];
    }),
    t("comparison.status"),
    t("figures.stagesUpdated"),
    t("comparison.kaderPurwa"),
    t("comparison.kaderMadya"),
    t("comparison.kaderUtama"),
    t("comparison.latestActivity"),
  ];
  // A share: a number with a percent format in XLSX (4,8% on an Indonesian Excel), "4,8%" in CSV, as on screen.
  const figure = (entry: (typeof columns)[number], share: number | null): Cell =>
    entry.format === "percent" ? percentCell(share) : figureNumber(entry, share);
  const cells = (facts: IndicatorFacts, isTotal: boolean): Cell[] => {
    const status = worstStatus(facts);
    const kaderEntered = facts.areas.KADER.rows > 0 || facts.areas.KADER.declared > 0;
    return [
      isTotal || facts.districts > 1
        ? t("figures.completeDistricts", { complete: facts.allAreasEntered, of: facts.districts })
        : completenessLines(facts, t, (iso) => iso).join("; "),
      ...columns.flatMap((entry) => {
        const value = indicatorValue(entry.id, facts);
        const noData = value.state === "NO_DATA";
        const sources = (["RECORDED", "REPORTED", "ILLUSTRATIVE", "MIXED"] as const).filter(
          (kind) => value.sources[kind] > 0,
        );
        const provenance = value.provenance
          ? `${t(`figures.provenance.${value.provenance}`)}${isTotal && value.provenance === "MIXED" ? ` (${sources.map((kind) => `${t(`figures.provenance.${kind}`).toLowerCase()} ${value.sources[kind]}`).join(", ")})` : ""}`
          : "";
        return [
          noData ? null : figure(entry, value.share),
          noData ? null : value.numerator,
          noData ? null : value.denominator,
          t(`figures.state.${value.state}`),
          provenance,
        ];
      }),
      facts.targets.unprojectable > 0 && !isTotal
        ? t("figures.unprojectable")
        : status
          ? t(`projection.${status}`)
          : t("comparison.noTarget"),
      facts.areas.STAGES.lastUpdated,
      kaderEntered ? facts.kader.PURWA : null,
      kaderEntered ? facts.kader.MADYA : null,
      kaderEntered ? facts.kader.UTAMA : null,
      facts.latestActivity,
    ];
  };
  const body = rows.map((row) => [
    row.rank,
    row.code,
    row.name,
    ...(showParent ? [row.parent?.name ?? ""] : []),
    row.isIllustrative ? t("comparison.illustrative") : "",
    ...cells(row.facts, false),
  ]);
  const totalRow = [null, "", totalLabel, ...(showParent ? [""] : []), "", ...cells(total, true)];
  return { header, body: [...body, totalRow] };
}
