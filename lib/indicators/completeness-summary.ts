import { DATA_AREAS, missingAreas, type IndicatorFacts } from "./definitions";

type Translate = (key: string, values?: Record<string, string | number>) => string;

/**
 * A district's completeness in a few short lines (the comparison's cell and
 * export column): areas entered, those not entered, rosters entered per
 * puskesmas when some are missing, and the date of the latest stage data.
 */
export function completenessLines(facts: IndicatorFacts, t: Translate, formatDate: (iso: string) => string): string[] {
  const missing = missingAreas(facts);
  const lines = [t("figures.areasEntered", { entered: DATA_AREAS.length - missing.length, total: DATA_AREAS.length })];
  if (missing.length > 0)
    lines.push(t("figures.missingAreas", { areas: missing.map((area) => t(`figures.area.${area}`)).join(", ") }));
  const rosters = facts.puskesmas.withRoster;
  if (rosters > 0 && rosters < facts.puskesmas.total && facts.areas.ROSTERS.declared === 0)
    lines.push(t("figures.rosterShort", { withRoster: rosters, puskesmas: facts.puskesmas.total }));
  if (facts.areas.STAGES.lastUpdated)
    lines.push(t("figures.stagesShort", { date: formatDate(facts.areas.STAGES.lastUpdated) }));
  return lines;
}
