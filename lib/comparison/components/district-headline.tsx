import { getFormatter, getTranslations } from "next-intl/server";
import { CoverageNote, NoData, ProvenanceBadge } from "@/lib/indicators/components/figure-parts";
import {
  figureText,
  indicatorKey,
  indicatorValue,
  shownIn,
  type IndicatorEntry,
  type IndicatorFacts,
} from "@/lib/indicators/definitions";
import { IndicatorTip } from "./indicator-tip";

/**
 * A district's headline indicators (the registry's headline entries), computed by
 * the same definitions and queries as the province comparison: each with
 * where it comes from, what it covers, and "belum ada data" where nothing is entered.
 */
export async function DistrictHeadline({ facts, isIllustrative }: { facts: IndicatorFacts; isIllustrative: boolean }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const figure = (entry: IndicatorEntry, share: number | null) =>
    share === null ? t("comparison.notMeasured") : figureText(entry, share, format.number, 1);
  return (
    <section className="flex flex-col gap-2" aria-labelledby="headline-title">
      <h2 id="headline-title" className="text-lg font-semibold">
        {t("comparison.headline")}
        {isIllustrative && (
          <span
            title={t("comparison.illustrativeHint")}
            className="ml-2 rounded bg-violet-50 px-1.5 align-middle text-xs font-normal text-violet-800 ring-1 ring-violet-200"
          >
            {t("comparison.illustrative")}
          </span>
        )}
      </h2>
      <ul className="grid gap-2 sm:grid-cols-2 lg:grid-cols-3">
        {shownIn("headline").map((entry) => {
          const value = indicatorValue(entry.id, facts);
          return (
            <li
              key={entry.id}
              className="rounded border border-slate-200 bg-white p-3"
              data-testid={`headline-${entry.id}`}
              data-state={value.state}
              data-provenance={value.provenance ?? ""}
            >
              <p className="text-xs text-slate-600">
                {t(indicatorKey(entry.id, "label"))}
                <IndicatorTip id={entry.id} />
              </p>
              {value.state === "NO_DATA" ? (
                <p className="text-lg">
                  <NoData />
                </p>
              ) : (
                <>
                  <p className="text-lg font-semibold">
                    {t("comparison.ofTotal", { numerator: value.numerator, denominator: value.denominator })}{" "}
                    <span className="text-sm font-normal text-slate-600">({figure(entry, value.share)})</span>
                  </p>
                  <CoverageNote
                    value={value}
                    unit={entry.coverage ? t(indicatorKey(entry.id, "coverageUnit")) : undefined}
                  />
                  {value.recorded && (
                    <p className="text-xs text-slate-600" data-testid={`headline-${entry.id}-recorded`}>
                      {t("figures.recordedBeside", {
                        numerator: value.recorded.numerator,
                        denominator: value.recorded.denominator,
                        share: figure(entry, value.recorded.share),
                      })}{" "}
                      <ProvenanceBadge value={{ provenance: value.recorded.provenance, sources: value.sources }} />
                    </p>
                  )}
                  <ProvenanceBadge value={value} />
                </>
              )}
            </li>
          );
        })}
      </ul>
      <p className="text-xs text-slate-500">{t("comparison.headlineHint")}</p>
      <p className="text-xs text-slate-500">{t("figures.reportLegend")}</p>
    </section>
  );
}
