import {
  DATA_AREAS,
  indicatorKey,
  indicatorValue,
  shownIn,
  type IndicatorEntry,
  type IndicatorFacts,
} from "@/lib/indicators/definitions";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * The printed report's headline table: per registry headline indicator, its
 * figure (with what it covers and, beside a reported one, the recorded one) and
 * where it comes from. "Belum ada data" where nothing is entered, never 0.
 */
export function reportHeadlineRows(
  facts: IndicatorFacts,
  t: Translate,
  /** A share written in the entry's format (figureText). */
  figure: (entry: IndicatorEntry, share: number | null) => string,
): string[][] {
  return shownIn("headline").map((entry) => {
    const value = indicatorValue(entry.id, facts);
    const label = t(indicatorKey(entry.id, "label"));
    if (value.state === "NO_DATA") return [label, t("figures.noData"), "–"];
    const coverage =
      value.state === "PARTIAL" && value.coverage && entry.coverage
        ? ` · ${t("figures.partialOf", { covered: value.coverage.covered, unit: t(indicatorKey(entry.id, "coverageUnit")), missing: value.coverage.of - value.coverage.covered })}`
        : "";
    const recorded = value.recorded
      ? ` · ${t("figures.recordedBeside", { numerator: value.recorded.numerator, denominator: value.recorded.denominator, share: figure(entry, value.recorded.share) })} (${t(`figures.provenance.${value.recorded.provenance}`)})`
      : "";
    return [
      label,
      `${t("comparison.ofTotal", { numerator: value.numerator, denominator: value.denominator })} (${figure(entry, value.share)})${coverage}${recorded}`,
      value.provenance ? t(`figures.provenance.${value.provenance}`) : "–",
    ];
  });
}

/** The printed report's completeness table: per data area, what is entered, when last updated, and any declaration. */
export function reportCompletenessRows(facts: IndicatorFacts, t: Translate, date: (iso: string) => string): string[][] {
  return DATA_AREAS.map((area) => {
    const state = facts.areas[area];
    const entered =
      area === "ROSTERS"
        ? t("completeness.rosterCount", { withRoster: facts.puskesmas.withRoster, puskesmas: facts.puskesmas.total })
        : state.rows > 0
          ? `${t("figures.rows", { count: state.rows })}${state.illustrative > 0 ? ` (${t("figures.provenance.ILLUSTRATIVE").toLowerCase()} ${state.illustrative})` : ""}`
          : t("figures.none");
    return [
      t(`figures.area.${area}`),
      entered,
      state.lastUpdated ? date(state.lastUpdated) : "–",
      state.declaredAsOf ? t("figures.declared", { date: date(state.declaredAsOf) }) : t("figures.notDeclared"),
    ];
  });
}
