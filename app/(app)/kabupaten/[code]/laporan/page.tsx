import { getFormatter, getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/ui/print-button";
import { DataTable } from "@/lib/dashboard/components/chart-frame";
import { getDistrictDashboard } from "@/lib/dashboard/queries";
import { reportCompletenessRows, reportHeadlineRows } from "@/lib/dashboard/report-rows";
import { figureText, indicatorValue } from "@/lib/indicators/definitions";
import { freshness, staleDaysSetting } from "@/lib/indicators/freshness";
import { getDistrictIndicators } from "@/lib/indicators/queries";
import { asOfOrToday } from "@/lib/dashboard/schemas";
import { getDistrictByCode } from "@/lib/rollout/queries";
import { STAGES } from "@/lib/rollout/stages";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";
import { timeZoneOfRegion } from "@/lib/dates";

/** A one-document summary of the district for the Bupati, laid out for printing. */
export default async function ReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const { code } = await params;
  const asOf = asOfOrToday((await searchParams).per, timeZoneOfRegion(code));
  const { district, dashboard, facts } = await orNotFound(
    withScope(user.scope, async (ctx) => {
      const district = await getDistrictByCode(ctx, decodeURIComponent(code));
      const [indicators] = await getDistrictIndicators(ctx, { districtId: district.id }, asOf.date);
      return { district, dashboard: await getDistrictDashboard(ctx, district, asOf.date), facts: indicators!.facts };
    }),
  );
  const t = await getTranslations();
  const format = await getFormatter();
  const translate = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeZone: "UTC" });
  const isoDate = (value: string) => date(new Date(`${value}T00:00:00Z`));
  const percent = (share: number | null) =>
    share === null ? "–" : format.number(share, { style: "percent", maximumFractionDigits: 1 });
  const staleDays = staleDaysSetting();
  const stages = freshness(facts.areas.STAGES.lastUpdated, dashboard.asOf, staleDays);
  const stagesText = facts.areas.STAGES.lastUpdated
    ? t("figures.lastUpdated", { date: isoDate(facts.areas.STAGES.lastUpdated) })
    : t("figures.neverUpdated");
  const coverage = dashboard.coverage;
  const pustu = indicatorValue("pustuCoverage", facts);
  const pustuEntered = facts.areas.PUSTU.rows > 0 || facts.areas.PUSTU.declared > 0;
  const section = "flex flex-col gap-2 break-inside-avoid";
  return (
    <article className="mx-auto flex max-w-3xl flex-col gap-6 bg-white p-6 print:p-0">
      <header className="flex items-start justify-between gap-4">
        <div>
          <h1 className="text-2xl font-bold">{t("report.title", { district: district.name })}</h1>
          <p className="text-sm text-slate-600">
            {district.province.name} · {t("report.subtitle", { date: date(dashboard.asOf) })}
          </p>
        </div>
        <PrintButton label={t("report.print")} />
      </header>
      <section className={section} data-testid="report-headline">
        <h2 className="text-lg font-semibold">{t("comparison.headline")}</h2>
        <DataTable
          head={[t("comparison.indicator"), t("figures.dataColumn"), t("figures.provenanceColumn")]}
          rows={reportHeadlineRows(facts, translate, (entry, share) =>
            share === null ? "–" : figureText(entry, share, format.number, 1),
          )}
        />
        <p className="text-xs text-slate-600">{t("figures.reportLegend")}</p>
      </section>
      <section className={section}>
        <h2 className="text-lg font-semibold">{t("report.targets")}</h2>
        {dashboard.targets.length === 0 ? (
          <p>{t("district.noTargets")}</p>
        ) : (
          <DataTable
            head={[
              t("targetForm.kind"),
              t("targetForm.count"),
              t("dashboard.implementing"),
              t("targetForm.deadline"),
              t("dashboard.projectionStatus"),
            ]}
            rows={dashboard.targets.map((target) => [
              `${target.year} · ${t(`targetForm.kinds.${target.kind}`)}`,
              target.progress.target,
              `${target.progress.achieved} (${target.progress.percent}%)`,
              date(target.deadline),
              stages.current || target.progress.met
                ? t(`projection.${target.projection.status}`)
                : `${t("figures.unprojectable")} (${stagesText})`,
            ])}
          />
        )}
        <p className="text-xs text-slate-500">
          {t("projection.method")} {t("figures.staleHint", { days: staleDays })}
        </p>
      </section>
      <section className={section}>
        <h2 className="text-lg font-semibold">{t("report.stages")}</h2>
        <DataTable
          head={["", ...STAGES.map((stage) => t(`stage.${stage}`))]}
          rows={dashboard.funnel.map((row) => [
            t(`facilityType.${row.type}`),
            ...STAGES.map((stage) => row.counts[stage]),
          ])}
        />
      </section>
      <section className={section}>
        <h2 className="text-lg font-semibold">{t("dashboard.byKecamatan")}</h2>
        <DataTable
          head={[
            t("dashboard.kecamatan"),
            t("dashboard.puskesmasImplementing"),
            t("dashboard.pustu"),
            t("dashboard.desaWithPustu"),
          ]}
          rows={dashboard.byKecamatan.map((row) =>
            pustuEntered
              ? [row.name, `${row.implementing} / ${row.puskesmas}`, row.pustu, `${row.desaWithPustu} / ${row.desa}`]
              : [
                  row.name,
                  `${row.implementing} / ${row.puskesmas}`,
                  t("figures.noData"),
                  `${t("figures.noData")} / ${row.desa}`,
                ],
          )}
        />
      </section>
      <section className={section}>
        <h2 className="text-lg font-semibold">{t("report.coverage")}</h2>
        {pustu.state === "NO_DATA" && coverage.reported.pustu === null ? (
          <p>
            {t("dashboard.pustuCoverage")}: {t("figures.noData")}
          </p>
        ) : (
          <>
            <p>
              {t("dashboard.coverageRecorded", {
                withPustu: coverage.desaWithPustu,
                total: coverage.desaTotal,
                share: coverage.desaTotal ? percent(coverage.desaWithPustu / coverage.desaTotal) : "–",
              })}{" "}
              [{t(`figures.provenance.${pustu.recorded?.provenance ?? pustu.provenance ?? "RECORDED"}`)}]
            </p>
            {coverage.reported.pustu !== null && (
              <>
                <p>
                  {t("figures.reportedPustu", {
                    pustu: coverage.reported.pustu,
                    desa: coverage.reported.desa ?? coverage.desaTotal,
                    share: percent(coverage.reported.pustu / (coverage.reported.desa ?? coverage.desaTotal)),
                  })}{" "}
                  [{t("figures.provenance.REPORTED")}]
                </p>
                {coverage.reported.desa !== null && coverage.reported.desa !== coverage.desaTotal && (
                  <p className="text-xs">
                    {t("figures.reportedPustuDenominator", { desa: coverage.reported.desa, total: coverage.desaTotal })}
                  </p>
                )}
                <p className="text-xs">
                  {pustu.provenance === "REPORTED"
                    ? t("figures.headlineUsesReported", {
                        recorded: facts.pustu.total,
                        reported: coverage.reported.pustu,
                      })
                    : t("figures.headlineUsesRecorded")}
                </p>
              </>
            )}
          </>
        )}
        {pustuEntered && <p>{t("dashboard.understaffed", { count: dashboard.coverage.understaffedPustuCount })}</p>}
        <p>
          {facts.areas.POSYANDU.rows > 0 || facts.areas.POSYANDU.declared > 0
            ? t("dashboard.posyanduImplementing", {
                implementing: dashboard.posyandu.implementing,
                total: dashboard.posyandu.total,
              })
            : `${t("dashboard.posyanduKader")}: ${t("figures.noData")}`}
        </p>
      </section>
      <section className={section} data-testid="report-completeness">
        <h2 className="text-lg font-semibold">{t("figures.reportCompleteness")}</h2>
        <DataTable
          head={[
            t("completeness.area"),
            t("completeness.entered"),
            t("completeness.lastUpdated"),
            t("completeness.declaration"),
          ]}
          rows={reportCompletenessRows(facts, translate, isoDate)}
        />
      </section>
      <section className={section}>
        <h2 className="text-lg font-semibold">{t("report.activities")}</h2>
        {dashboard.activities.length === 0 ? (
          <p>{t("dashboard.noActivities")}</p>
        ) : (
          <DataTable
            head={[t("dashboard.month"), t("dashboard.activityCount"), t("dashboard.participants")]}
            rows={dashboard.activities.map((row) => [row.month, row.count, row.participants])}
          />
        )}
      </section>
    </article>
  );
}
