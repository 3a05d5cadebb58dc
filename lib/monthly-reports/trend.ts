/**
 * An element's figure for a month over the puskesmas that reported it: whole
 * numbers summed, percentages averaged, yes/no counted as "yes of N"; always
 * with N, the puskesmas whose submitted or approved report holds a value. A
 * month where none did is "belum melapor" (null), never 0. Text is not added up.
 */

export type TrendValueType = "INTEGER" | "PERCENT" | "YES_NO";
export type TrendKind = "sum" | "mean" | "yesOf";

export type MonthFigure = {
  period: string;
  /** The sum, the mean or the count of "yes"; null when no puskesmas reported the element. */
  value: number | null;
  /** Puskesmas whose report (submitted or approved) holds a value for the element: the denominator. */
  reporting: number;
};

export const TREND_KIND: Record<TrendValueType, TrendKind> = { INTEGER: "sum", PERCENT: "mean", YES_NO: "yesOf" };

/** Whether an element is shown as a trend (numbers and yes/no; text is read, not added up). */
export function isTrendType(valueType: string): valueType is TrendValueType {
  return valueType in TREND_KIND;
}

/** The figure of one month from the stored values (as checkValue stores them) of the puskesmas that reported. */
export function monthFigure(valueType: TrendValueType, period: string, values: readonly string[]): MonthFigure {
  if (values.length === 0) return { period, value: null, reporting: 0 };
  switch (TREND_KIND[valueType]) {
    case "sum":
      return { period, value: values.reduce((sum, value) => sum + Number(value), 0), reporting: values.length };
    case "mean": {
      const mean = values.reduce((sum, value) => sum + Number(value), 0) / values.length;
      return { period, value: Math.round(mean * 10) / 10, reporting: values.length };
    }
    case "yesOf":
      return { period, value: values.filter((value) => value === "true").length, reporting: values.length };
  }
}

/** The figures of `periods` (oldest first) from rows of reported values. */
export function trendOf(
  valueType: TrendValueType,
  periods: readonly string[],
  rows: readonly { period: string; value: string }[],
): MonthFigure[] {
  const byPeriod = new Map<string, string[]>(periods.map((period) => [period, []]));
  for (const row of rows) byPeriod.get(row.period)?.push(row.value);
  return periods.map((period) => monthFigure(valueType, period, byPeriod.get(period) ?? []));
}
