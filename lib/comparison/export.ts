import "server-only";
import { exportFormat, tableFile } from "@/lib/export/table-file";
import { INDICATORS, indicatorText, indicatorValue, worstStatus, type IndicatorFacts, type IndicatorId } from "@/lib/indicators/definitions";
import { routeLocale, routeTranslator } from "@/lib/i18n/translator";
import { arrangeRows, parseComparisonView, type ComparisonRow } from "./table";

const RATIOS: IndicatorId[] = ["targets", "puskesmasIlp", "pustuCoverage", "pustuStaffed", "posyanduIlp"];

/**
 * A comparison table as CSV or XLSX: the rows the user sees (same filter,
 * sort and rank as the page, from the request's query), then the total row.
 */
export async function comparisonFile(request: Request, name: string, rows: ComparisonRow[], total: IndicatorFacts, totalLabel: string, showParent: boolean): Promise<Response> {
  const t = await routeTranslator();
  const locale = await routeLocale();
  const search = new URL(request.url).searchParams;
  const view = parseComparisonView(search);
  const label = (id: IndicatorId) => indicatorText(INDICATORS[id].short, locale);
  const header = [
    t("comparison.rank"),
    t("dashboard.code"),
    t("comparison.district"),
    ...(showParent ? [t("comparison.province")] : []),
    t("comparison.illustrative"),
    ...RATIOS.flatMap((id) => [`${label(id)} (%)`, `${label(id)}: ${t("comparison.numerator")}`, `${label(id)}: ${t("comparison.denominator")}`]),
    t("comparison.status"),
    t("comparison.kaderPurwa"),
    t("comparison.kaderMadya"),
    t("comparison.kaderUtama"),
    `${label("staffClustered")} (%)`,
    `${label("staffClustered")}: ${t("comparison.numerator")}`,
    `${label("staffClustered")}: ${t("comparison.denominator")}`,
    t("comparison.latestActivity"),
  ];
  const percent = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
  const cells = (facts: IndicatorFacts) => {
    const status = worstStatus(facts);
    const staff = indicatorValue("staffClustered", facts);
    return [
      ...RATIOS.flatMap((id) => {
        const value = indicatorValue(id, facts);
        return [percent(value.share), value.numerator, value.denominator];
      }),
      status ? t(`projection.${status}`) : t("comparison.noTarget"),
      facts.kader.PURWA,
      facts.kader.MADYA,
      facts.kader.UTAMA,
      percent(staff.share),
      staff.numerator,
      staff.denominator,
      facts.latestActivity,
    ];
  };
  const body = arrangeRows(rows, view).map((row) => [
    row.rank,
    row.code,
    row.name,
    ...(showParent ? [row.parent?.name ?? ""] : []),
    row.isIllustrative ? t("comparison.illustrative") : "",
    ...cells(row.facts),
  ]);
  const totalRow = [null, "", totalLabel, ...(showParent ? [""] : []), "", ...cells(total)];
  return tableFile(exportFormat(request), name, header, [...body, totalRow]);
}
