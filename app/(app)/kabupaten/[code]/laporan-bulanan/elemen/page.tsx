import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { DistrictPageHeading } from "@/components/ui/district-page-heading";
import { getElementTrend } from "@/lib/monthly-reports/queries";
import type { MonthFigure, TrendKind } from "@/lib/monthly-reports/trend";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";

/** `?elemen=<code>`; anything else reads as the first element. */
const ZTrendQuery = z.object({
  elemen: z
    .string()
    .regex(/^[A-Z0-9_]{1,32}$/)
    .nullable()
    .catch(null)
    .default(null),
});

/**
 * One data element's trend in the district: the district figure per month over
 * the puskesmas that reported it (with how many), and each puskesmas' own value
 * per month, as a table. A month without a report is "belum melapor", never 0.
 */
export default async function ElementTrendPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const { code } = await params;
  const { elemen } = ZTrendQuery.parse(await searchParams);
  const data = await orNotFound(withScope(user.scope, (ctx) => getElementTrend(ctx, decodeURIComponent(code), elemen)));
  const t = await getTranslations();
  const english = (await getLocale()) === "en";
  const format = await getFormatter();
  const monthName = (period: string) =>
    format.dateTime(new Date(`${period}-01T00:00:00Z`), { month: "short", year: "numeric", timeZone: "UTC" });
  const name = (element: { nameId: string; nameEn: string }) => (english ? element.nameEn : element.nameId);
  const number = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  const base = `/kabupaten/${data.district.code}/laporan-bulanan`;
  const share = (figure: MonthFigure) =>
    figure.value === null ? 0 : data.kind === "yesOf" ? figure.value / Math.max(1, figure.reporting) : figure.value;
  const largest = Math.max(1e-9, ...data.trend.map(share));
  const figureText = (figure: MonthFigure, kind: TrendKind) =>
    t(`monthly.trend.figure.${kind}`, { value: number(figure.value ?? 0), reporting: figure.reporting });
  const cellText = (value: string) =>
    data.element.valueType === "YES_NO"
      ? t(value === "true" ? "monthly.yes" : "monthly.no")
      : data.element.valueType === "PERCENT"
        ? `${number(Number(value))}%`
        : number(Number(value));

  return (
    <div className="flex flex-col gap-4">
      <DistrictPageHeading district={data.district} title={t("monthly.trend.title")} />
      <nav className="text-sm">
        <Link href={base} className="text-brand-700 underline">
          {t("monthly.grid.title")}
        </Link>
      </nav>
      {data.dataSet.isExample && (
        <p className="rounded bg-amber-100 px-3 py-2 text-sm text-amber-900">{t("monthly.exampleNote")}</p>
      )}
      <form method="get" action={`${base}/elemen`} className="flex flex-wrap items-end gap-2 text-sm">
        <label className="flex max-w-full flex-col text-xs text-slate-600">
          {t("monthly.trend.element")}
          <select
            name="elemen"
            defaultValue={data.element.code}
            className="max-w-full rounded border border-slate-300 px-2 py-2"
          >
            {data.elements.map((element) => (
              <option key={element.code} value={element.code}>
                {name(element)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-brand-700 px-3 py-2 font-semibold text-white">
          {t("monthly.show")}
        </button>
      </form>
      <section className="flex flex-col gap-1 text-sm">
        <h2 className="text-lg font-semibold">{name(data.element)}</h2>
        <p>
          <span className="font-semibold">{t("monthly.definition")}:</span> {data.element.definition}
        </p>
        <p className="text-slate-600">
          <span className="font-semibold">{t("monthly.source")}:</span> {data.element.source}
        </p>
        <p className="text-slate-600">{t(`monthly.trend.rule.${data.kind}`)}</p>
      </section>
      <section className="flex flex-col gap-2" aria-labelledby="district-trend">
        <h2 id="district-trend" className="text-lg font-semibold">
          {t("monthly.trend.district")}
        </h2>
        <table className="text-sm" data-testid="element-trend">
          <thead>
            <tr className="text-left">
              <th className="p-1">{t("monthly.grid.month")}</th>
              <th className="p-1">{t("monthly.trend.figureColumn")}</th>
            </tr>
          </thead>
          <tbody>
            {data.trend.map((figure) => (
              <tr key={figure.period} className="border-t border-slate-200">
                <th scope="row" className="p-1 text-left font-normal whitespace-nowrap">
                  {monthName(figure.period)}
                </th>
                <td className="p-1">
                  {figure.value === null ? (
                    <span className="text-slate-500">{t("monthly.status.NONE")}</span>
                  ) : (
                    <div className="flex flex-col gap-1">
                      <span>{figureText(figure, data.kind)}</span>
                      <span
                        aria-hidden="true"
                        className="block h-2 rounded bg-brand-700"
                        style={{ width: `${Math.round((share(figure) / largest) * 100)}%`, maxWidth: "16rem" }}
                      />
                    </div>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="flex flex-col gap-2" aria-labelledby="puskesmas-trend">
        <h2 id="puskesmas-trend" className="text-lg font-semibold">
          {t("monthly.trend.byPuskesmas")}
        </h2>
        <div className="overflow-x-auto">
          <table className="text-sm" data-testid="element-trend-puskesmas">
            <thead>
              <tr className="text-left">
                <th className="p-1">{t("monthly.grid.puskesmas")}</th>
                {data.periods.map((period) => (
                  <th key={period} className="p-1 whitespace-nowrap">
                    {monthName(period)}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {data.rows.map((row) => (
                <tr key={row.puskesmasId} className="border-t border-slate-200">
                  <th scope="row" className="p-1 text-left font-normal">
                    <Link href={`/puskesmas/${row.puskesmasId}/laporan-bulanan`} className="hover:underline">
                      {row.name}
                    </Link>
                  </th>
                  {row.cells.map((cell) => (
                    <td key={cell.period} className="p-1 whitespace-nowrap">
                      {cell.state === "VALUE" ? (
                        cellText(cell.value)
                      ) : (
                        <span className="text-xs text-slate-500">
                          {cell.state === "NOT_REPORTED" ? t("monthly.status.NONE") : t("monthly.trend.notEntered")}
                        </span>
                      )}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
