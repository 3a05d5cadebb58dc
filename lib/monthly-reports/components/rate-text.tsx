import { useTranslations } from "next-intl";
import type { Rates } from "../rates";

/** A rate with what it was computed from; with no report expected it says so (never 0%). */
export function RateText({ rates, which }: { rates: Rates; which: "reporting" | "onTime" | "approved" }) {
  const t = useTranslations();
  const [rate, count] =
    which === "reporting"
      ? [rates.reportingRate, rates.submitted]
      : which === "onTime"
        ? [rates.onTimeRate, rates.onTime]
        : [rates.approvedRate, rates.approved];
  if (rate === null) return <span className="italic text-slate-500">{t("monthly.grid.noneExpected")}</span>;
  return <>{t("monthly.grid.rateOf", { rate, count, of: rates.expected })}</>;
}
