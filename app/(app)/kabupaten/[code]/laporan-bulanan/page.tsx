import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { DistrictPageHeading } from "@/components/ui/district-page-heading";
import { DueDayForm } from "@/lib/monthly-reports/components/due-day-form";
import { RateText } from "@/lib/monthly-reports/components/rate-text";
import { StatusGrid } from "@/lib/monthly-reports/components/status-grid";
import { getCompletenessGrid } from "@/lib/monthly-reports/queries";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";

/** Completeness and timeliness of the district's monthly reports, who is late, and the DHIS2 export. */
export default async function MonthlyCompletenessPage({ params }: { params: Promise<{ code: string }> }) {
  const user = await requireUser();
  const { code } = await params;
  const grid = await orNotFound(withScope(user.scope, (ctx) => getCompletenessGrid(ctx, decodeURIComponent(code), 6)));
  const t = await getTranslations();
  const format = await getFormatter();
  const monthName = (period: string) =>
    format.dateTime(new Date(`${period}-01T00:00:00Z`), { month: "short", year: "numeric", timeZone: "UTC" });
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" });
  const exportPeriod = grid.periods.at(-2)!;
  const exportBase = `/api/export/kabupaten/${grid.district.code}/dhis2`;
  return (
    <div className="flex flex-col gap-4">
      <DistrictPageHeading district={grid.district} title={t("monthly.grid.title")} />
      {grid.dataSet.isExample && (
        <p className="rounded bg-amber-100 px-3 py-2 text-sm text-amber-900">{t("monthly.exampleNote")}</p>
      )}
      <p className="text-sm text-slate-600">{t("monthly.grid.intro")}</p>
      <p className="text-sm">
        <Link href={`/kabupaten/${grid.district.code}/laporan-bulanan/elemen`} className="text-brand-700 underline">
          {t("monthly.trend.link")}
        </Link>
      </p>
      <p className="text-sm">
        {t("monthly.grid.dueDay", { day: grid.dueDay })}
        {grid.ownDueDay && ` (${t("monthly.grid.ownDueDay")})`}
      </p>
      {grid.mayReview && (
        <DueDayForm districtCode={grid.district.code} dataSetId={grid.dataSet.id} dueDay={grid.dueDay} />
      )}
      <table className="text-sm" data-testid="rates-by-month">
        <thead>
          <tr className="text-left">
            <th className="p-1">{t("monthly.grid.month")}</th>
            <th className="p-1">{t("monthly.grid.reportingRate")}</th>
            <th className="p-1">{t("monthly.grid.onTimeRate")}</th>
            <th className="p-1">{t("monthly.grid.approvedRate")}</th>
          </tr>
        </thead>
        <tbody>
          {[
            ...grid.byPeriod.map((row) => ({ label: monthName(row.period), rates: row.rates })),
            { label: t("monthly.grid.overall"), rates: grid.overall },
          ].map((row) => (
            <tr key={row.label} className="border-t border-slate-200">
              <th scope="row" className="p-1 text-left font-normal">
                {row.label}
              </th>
              <td className="p-1">
                <RateText rates={row.rates} which="reporting" />
              </td>
              <td className="p-1">
                <RateText rates={row.rates} which="onTime" />
              </td>
              <td className="p-1">
                <RateText rates={row.rates} which="approved" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <StatusGrid rows={grid.rows} periods={grid.periods} monthNames={grid.periods.map(monthName)} />
      <section className="flex flex-col gap-1" data-testid="late-list">
        <h2 className="font-semibold">{t("monthly.grid.late")}</h2>
        {grid.late.length === 0 ? (
          <p className="text-sm">{t("monthly.grid.noLate")}</p>
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {grid.late.map((row) => (
              <li key={`${row.name}-${row.period}`}>
                {t("monthly.grid.lateItem", { name: row.name, period: monthName(row.period), date: day(row.dueOn) })}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section className="flex flex-col gap-1 text-sm" data-testid="dhis2-export">
        <h2 className="font-semibold">
          {t("monthly.export.title")} — {monthName(exportPeriod)}
        </h2>
        <p className="text-slate-600">{t("monthly.export.note")}</p>
        <ul className="flex flex-wrap gap-3">
          <li>
            <a href={`${exportBase}?periode=${exportPeriod}`} className="text-brand-700 underline" download>
              {t("monthly.export.json")}
            </a>
          </li>
          <li>
            <a href={`${exportBase}?periode=${exportPeriod}&format=csv`} className="text-brand-700 underline" download>
              {t("monthly.export.csv")}
            </a>
          </li>
          <li>
            <a href={`${exportBase}?isi=metadata`} className="text-brand-700 underline" download>
              {t("monthly.export.metadata")}
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}
