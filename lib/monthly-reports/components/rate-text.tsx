import { useFormatter, useTranslations } from "next-intl";
import type { Rates } from "../rates";

/** A rate with what it was computed from; with no report expected it says so (never 0%). */
export function RateText({ rates, which }: { rates: Rates; which: "reporting" | "onTime" | "approved" }) {
  const t = useTranslations();
  const format = useFormatter();
  const [rate, count] =
    which === "reporting"
      ? [rates.reportingRate, rates.submitted]
      : which === "onTime"
        ? [rates.onTimeRate, rates.onTime]
        : [rates.approvedRate, rates.approved];
  if (rate === null) return <span className="italic text-slate-500">{t("monthly.grid.noneExpected")}</span>;
  // Formatted in the reader's locale: 4,8% in Bahasa Indonesia, 4.8% in English.
  const percent = format.number(rate / 100, { style: "percent", maximumFractionDigits: 1 });
  return <>{t("monthly.grid.rateOf", { rate: percent, count, of: rates.expected })}</>;
}
