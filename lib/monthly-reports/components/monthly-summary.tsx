import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { Rates } from "../rates";
import { RateText } from "./rate-text";

type Props = {
  districtCode: string;
  monthName: string;
  rates: Rates;
  headline: { code: string; nameId: string; nameEn: string; valueType: string; total: number; reported: number }[];
};

/** The district page's "Laporan bulanan": last month's completeness and the headline elements over reporting puskesmas. */
export function MonthlySummary({ districtCode, monthName, rates, headline }: Props) {
  const t = useTranslations();
  const locale = useLocale();
  return (
    <section className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-4" data-testid="monthly-summary">
      <div className="flex flex-wrap items-baseline gap-3">
        <h2 className="font-semibold">{t("monthly.summary.title")}</h2>
        <span className="text-sm text-slate-600">{t("monthly.summary.period", { period: monthName })}</span>
        <Link href={`/kabupaten/${districtCode}/laporan-bulanan`} className="text-sm text-brand-700 underline">
          {t("monthly.summary.open")}
        </Link>
      </div>
      <p className="text-sm">
        {t("monthly.grid.reportingRate")}: <RateText rates={rates} which="reporting" /> · {t("monthly.grid.onTimeRate")}
        : <RateText rates={rates} which="onTime" />
      </p>
      {rates.submitted === 0 ? (
        <p className="text-sm italic text-slate-500">{t("monthly.summary.noReports")}</p>
      ) : (
        <ul className="grid gap-2 text-sm sm:grid-cols-2">
          {headline.map((row) => (
            <li key={row.code}>
              <span className="text-slate-600">{locale === "en" ? row.nameEn : row.nameId}: </span>
              {row.reported === 0 ? (
                <span className="italic text-slate-500">{t("monthly.status.NONE")}</span>
              ) : (
                t("monthly.summary.headline", { total: row.total, reported: row.reported })
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
