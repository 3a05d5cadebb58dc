import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/ui/print-button";
import { DataTable } from "@/lib/dashboard/components/chart-frame";
import { ReportBars, SignatureBlock } from "@/lib/dashboard/components/report-parts";
import { getDistrictReport, signatureTitle, STAGE_COLOURS, stageProvenance } from "@/lib/dashboard/report";
import { can } from "@/lib/auth/permissions";
import { placeOf } from "@/lib/regions/place-name";
import { DistrictOfficeForm } from "@/lib/signers/components/district-office-form";
import { reportCompletenessRows, reportHeadlineRows } from "@/lib/dashboard/report-rows";
import { figureText, indicatorValue } from "@/lib/indicators/definitions";
import { freshness, staleDaysSetting } from "@/lib/indicators/freshness";
import { STAGES } from "@/lib/rollout/stages";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";
import { formatIndonesianDate, toIsoDate } from "@/lib/dates";

/** A one-document summary of the district for the Bupati, laid out for printing; the same contents as its PDF. */
export default async function ReportPage({
  params,
  searchParams,
}: {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const { code } = await params;
  const per = (await searchParams).per;
  const report = await orNotFound(
    withScope(user.scope, (ctx) => getDistrictReport(ctx, decodeURIComponent(code), per)),
  );
  const { district, dashboard, facts } = report;
  const t = await getTranslations();
  const format = await getFormatter();
  const locale = await getLocale();
  const translate = t as unknown as (key: string, values?: Record<string, string | number>) => string;
  // Indonesian dates ("29 November 2026") through lib/dates; the English page in English.
  const date = (value: Date) =>
    locale === "id" ? formatIndonesianDate(value) : format.dateTime(value, { dateStyle: "long", timeZone: "UTC" });
  const isoDate = (value: string) => date(new Date(`${value}T00:00:00Z`));
  const percent = (share: number | null) =>
    share === null ? "–" : format.number(share, { style: "percent", maximumFractionDigits: 1 });
  const staleDays = staleDaysSetting();
  const stageSource = t(`figures.provenance.${stageProvenance(facts)}`);
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
        <span className="flex gap-2 print:hidden">
          <a
            href={`/api/export/kabupaten/${encodeURIComponent(district.code)}/laporan?per=${toIsoDate(dashboard.asOf)}`}
            download
            className="rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50"
          >
            {t("report.pdf")}
          </a>
          <PrintButton label={t("report.print")} />
        </span>
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
      <section className={section} data-testid="report-charts">
        <h2 className="text-lg font-semibold">{t("report.charts")}</h2>
        <h3 className="text-sm font-semibold">{t("report.stageChart")}</h3>
        <ReportBars
          rows={dashboard.funnel.map((row) => ({
            label: t(`facilityType.${row.type}`),
            parts: STAGES.map((stage, index) => ({
              value: row.counts[stage],
              colour: STAGE_COLOURS[index]!,
              title: `${t(`stage.${stage}`)}: ${row.counts[stage]}`,
            })),
            figure: String(STAGES.reduce((sum, stage) => sum + row.counts[stage], 0)),
          }))}
          caption={
            <>
              {STAGES.map((stage, index) => (
                <span key={stage} className="mr-3 inline-flex items-center gap-1">
                  <span
                    className="inline-block h-2 w-2 [print-color-adjust:exact]"
                    style={{ backgroundColor: STAGE_COLOURS[index] }}
                  />
                  {t(`stage.${stage}`)}
                </span>
              ))}
              {t("report.chartSource", { provenance: stageSource })}
            </>
          }
        />
        {dashboard.targets.length > 0 && (
          <>
            <h3 className="text-sm font-semibold">{t("report.targetChart")}</h3>
            <ReportBars
              rows={dashboard.targets.map((target) => ({
                label: `${target.year} · ${t(`targetForm.kinds.${target.kind}`)}`,
                parts: [
                  {
                    value: Math.min(target.progress.achieved, target.progress.target),
                    colour: "#2563eb",
                    title: String(target.progress.achieved),
                  },
                  {
                    value: Math.max(0, target.progress.target - target.progress.achieved),
                    colour: "#e2e8f0",
                    title: String(target.progress.target),
                  },
                ],
                figure: `${target.progress.achieved} / ${target.progress.target}`,
              }))}
              caption={t("report.chartSource", { provenance: stageSource })}
            />
          </>
        )}
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
      <section className="flex flex-col gap-2" data-testid="report-puskesmas">
        <h2 className="text-lg font-semibold">{t("report.puskesmasList")}</h2>
        {report.puskesmas.length === 0 ? (
          <p>{t("report.noPuskesmas")}</p>
        ) : (
          <DataTable
            head={[t("list.name"), t("list.kecamatan"), t("report.currentStage"), t("report.stageSince")]}
            rows={report.puskesmas.map((row) => [
              `${row.name}${row.isIllustrative ? ` (${t("figures.provenance.ILLUSTRATIVE")})` : ""}`,
              row.kecamatan?.name ?? t("list.kecamatanUnknown"),
              t(`stage.${row.currentStage}`),
              row.stageSince ? date(row.stageSince) : "–",
            ])}
          />
        )}
      </section>
      <section className={section} data-testid="report-understaffed">
        <h2 className="text-lg font-semibold">{t("report.understaffedList")}</h2>
        {!pustuEntered ? (
          <p>
            {t("dashboard.pustu")}: {t("figures.noData")}
          </p>
        ) : report.understaffed.length === 0 ? (
          <p>{t("report.understaffedNone")}</p>
        ) : (
          <ul className="list-disc pl-5 text-sm">
            {report.understaffed.map((unit) => (
              <li key={`${unit.name}-${unit.desa}`}>
                {unit.name}
                {unit.desa ? ` (${unit.desa})` : ""}
                {unit.missing.length > 0 &&
                  ` · ${t("report.understaffedMissing", { professions: unit.missing.map((profession) => t(`profession.${profession}`)).join(", ") })}`}
                {unit.isIllustrative && ` [${t("figures.provenance.ILLUSTRATIVE")}]`}
              </li>
            ))}
          </ul>
        )}
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
      <p className="text-xs text-slate-600">{t("report.legend")}</p>
      <SignatureBlock
        placeAndDate={t("report.signaturePlace", {
          place: report.signature.place,
          date: date(report.signature.date),
        })}
        title={signatureTitle(report.signature, translate)}
        name={report.signature.name}
        nip={report.signature.nip}
        nipLabel={t("report.nip")}
        missingName={t("signers.nameMissing")}
        note={t("report.unnamedNote")}
      />
      {can(user.scope, "office.write", { districtId: district.id }) && (
        <DistrictOfficeForm
          districtCode={district.code}
          districtName={district.name}
          defaultPlace={placeOf(district.name)}
          office={report.office}
        />
      )}
    </article>
  );
}
