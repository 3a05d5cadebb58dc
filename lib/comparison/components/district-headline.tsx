import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { INDICATORS, indicatorText, indicatorValue, type IndicatorFacts, type IndicatorId } from "@/lib/indicators/definitions";
import { IndicatorTip } from "./indicator-tip";

const HEADLINE: IndicatorId[] = ["puskesmasIlp", "pustuCoverage", "pustuStaffed", "posyanduIlp", "kaderAdvanced", "staffClustered"];

/** A district's headline indicators, computed by the same definitions and queries as the province comparison. */
export async function DistrictHeadline({ facts, isIllustrative }: { facts: IndicatorFacts; isIllustrative: boolean }) {
  const t = await getTranslations("comparison");
  const locale = await getLocale();
  const format = await getFormatter();
  return (
    <section className="flex flex-col gap-2" aria-labelledby="headline-title">
      <h2 id="headline-title" className="text-lg font-semibold">
        {t("headline")}
        {isIllustrative && (
          <span title={t("illustrativeHint")} className="ml-2 rounded bg-violet-50 px-1.5 align-middle text-xs font-normal text-violet-800 ring-1 ring-violet-200">
            {t("illustrative")}
          </span>
        )}
      </h2>
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {HEADLINE.map((id) => {
          const value = indicatorValue(id, facts);
          return (
            <li key={id} className="rounded border border-slate-200 bg-white p-3" data-testid={`headline-${id}`}>
              <p className="text-xs text-slate-600">
                {indicatorText(INDICATORS[id].label, locale)}
                <IndicatorTip id={id} />
              </p>
              <p className="text-lg font-semibold">
                {t("ofTotal", { numerator: value.numerator, denominator: value.denominator })}{" "}
                <span className="text-sm font-normal text-slate-600">({value.share === null ? t("notMeasured") : format.number(value.share, { style: "percent", maximumFractionDigits: 1 })})</span>
              </p>
            </li>
          );
        })}
      </ul>
      <p className="text-xs text-slate-500">{t("headlineHint")}</p>
    </section>
  );
}
