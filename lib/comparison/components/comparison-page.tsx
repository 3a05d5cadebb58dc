import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { INDICATOR_IDS, indicatorKey } from "@/lib/indicators/definitions";
import type { Comparison } from "../queries";
import { packRows } from "../packed-rows";
import { slimRows } from "../table";
import { ComparisonCharts } from "./comparison-charts";
import { ComparisonTable } from "./comparison-table";
import { timeZoneOfRegion, todayIn, toIsoDate } from "@/lib/dates";

type Props = {
  comparison: Comparison;
  basePath: string;
  exportPath: string;
  isToday: boolean;
  breadcrumb: React.ReactNode;
  title: string;
};

/** The province or national comparison: as-of date, the table, the charts and the indicator definitions. */
export async function ComparisonPage({ comparison, basePath, exportPath, isToday, breadcrumb, title }: Props) {
  const t = await getTranslations("comparison");
  const messages = await getTranslations();
  const national = comparison.place === null;
  const totalLabel = national ? t("totalNational") : t("totalProvince");
  // One slim, packed copy, passed to the table and the charts alike (React sends it once).
  const rows = packRows(slimRows(comparison.rows));
  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div className="min-w-0">
          <nav className="text-sm text-slate-500">{breadcrumb}</nav>
          <h1 className="text-2xl font-bold">{title}</h1>
          <p className="text-sm text-slate-600">{t("intro")}</p>
        </div>
        <form method="get" action={basePath} className="flex items-end gap-2 text-sm">
          <div className="flex flex-col text-xs text-slate-600">
            <label htmlFor="as-of">{t("asOf")}</label>
            <input
              id="as-of"
              name="per"
              type="date"
              defaultValue={comparison.asOf}
              max={toIsoDate(todayIn(timeZoneOfRegion(comparison.place?.code)))}
              className="rounded border border-slate-300 px-2 py-1"
            />
          </div>
          <button type="submit" className="rounded bg-brand-700 px-3 py-1 font-semibold text-white">
            {t("show")}
          </button>
          {!isToday && (
            <Link href={basePath} className="underline">
              {t("today")}
            </Link>
          )}
        </form>
      </header>
      {!isToday && (
        <p role="status" className="rounded bg-sky-50 px-3 py-2 text-sm text-sky-900">
          {t("historical", { date: comparison.asOf })}
        </p>
      )}

      <section className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{national ? t("provinces") : t("district")}</h2>
        <ComparisonTable
          rows={rows}
          total={comparison.total}
          totalLabel={totalLabel}
          nameHeader={national ? t("province") : t("district")}
          exportPath={exportPath}
          asOf={comparison.asOf}
          caption={title}
        />
        {comparison.rows.some((row) => row.isIllustrative) && (
          <p className="text-xs text-violet-800">{t("illustrativeNote")}</p>
        )}
      </section>

      <ComparisonCharts
        rows={rows}
        total={comparison.total}
        trend={comparison.trend}
        placeCode={comparison.place?.code ?? null}
        totalLabel={totalLabel}
      />

      {national && (
        <section className="flex flex-col gap-2">
          <h2 className="text-lg font-semibold">{t("districtsNational")}</h2>
          <p className="text-xs text-slate-600">{t("districtsNationalHint")}</p>
          <ComparisonTable
            rows={packRows(slimRows(comparison.districtRows))}
            total={comparison.total}
            totalLabel={totalLabel}
            nameHeader={t("district")}
            showParent
            prefix="k"
            exportPath={`${exportPath}?tingkat=kabupaten`}
            asOf={comparison.asOf}
            caption={t("districtsNational")}
          />
        </section>
      )}

      <section className="flex flex-col gap-2 text-sm">
        <h2 className="text-lg font-semibold">{t("definitions")}</h2>
        <dl className="grid gap-3 md:grid-cols-2">
          {INDICATOR_IDS.map((id) => (
            <div key={id} className="rounded border border-slate-200 bg-white p-3">
              <dt className="font-semibold">{messages(indicatorKey(id, "label"))}</dt>
              <dd>{messages(indicatorKey(id, "definition"))}</dd>
              <dd className="text-xs text-slate-600">
                {t("numerator")}: {messages(indicatorKey(id, "numerator"))}. {t("denominator")}:{" "}
                {messages(indicatorKey(id, "denominator"))}.
              </dd>
            </div>
          ))}
        </dl>
      </section>
    </div>
  );
}
