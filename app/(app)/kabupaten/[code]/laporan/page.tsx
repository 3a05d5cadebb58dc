import { getFormatter, getTranslations } from "next-intl/server";
import { PrintButton } from "@/components/ui/print-button";
import { DataTable } from "@/lib/dashboard/components/chart-frame";
import { getDistrictDashboard } from "@/lib/dashboard/queries";
import { asOfOrToday } from "@/lib/dashboard/schemas";
import { getDistrictByCode } from "@/lib/rollout/queries";
import { STAGES } from "@/lib/rollout/stages";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";
import { timeZoneOfRegion } from "@/lib/dates";

/** A one-document summary of the district for the Bupati, laid out for printing. */
export default async function ReportPage({ params, searchParams }: { params: Promise<{ code: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireUser();
  const { code } = await params;
  const asOf = asOfOrToday((await searchParams).per, timeZoneOfRegion(code));
  const { district, dashboard } = await orNotFound(
    withScope(user.scope, async (ctx) => {
      const district = await getDistrictByCode(ctx, decodeURIComponent(code));
      return { district, dashboard: await getDistrictDashboard(ctx, district, asOf.date) };
    }),
  );
  const t = await getTranslations();
  const format = await getFormatter();
  const date = (value: Date) => format.dateTime(value, { dateStyle: "long", timeZone: "UTC" });
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
      <section className={section}>
        <h2 className="text-lg font-semibold">{t("report.targets")}</h2>
        {dashboard.targets.length === 0 ? (
          <p>{t("district.noTargets")}</p>
        ) : (
          <DataTable
            head={[t("targetForm.kind"), t("targetForm.count"), t("dashboard.implementing"), t("targetForm.deadline"), t("dashboard.projectionStatus")]}
            rows={dashboard.targets.map((target) => [
              `${target.year} · ${t(`targetForm.kinds.${target.kind}`)}`,
              target.progress.target,
              `${target.progress.achieved} (${target.progress.percent}%)`,
              date(target.deadline),
              t(`projection.${target.projection.status}`),
            ])}
          />
        )}
        <p className="text-xs text-slate-500">{t("projection.method")}</p>
      </section>
      <section className={section}>
        <h2 className="text-lg font-semibold">{t("report.stages")}</h2>
        <DataTable head={["", ...STAGES.map((stage) => t(`stage.${stage}`))]} rows={dashboard.funnel.map((row) => [t(`facilityType.${row.type}`), ...STAGES.map((stage) => row.counts[stage])])} />
      </section>
      <section className={section}>
        <h2 className="text-lg font-semibold">{t("dashboard.byKecamatan")}</h2>
        <DataTable
          head={[t("dashboard.kecamatan"), t("dashboard.puskesmasImplementing"), t("dashboard.pustu"), t("dashboard.desaWithPustu")]}
          rows={dashboard.byKecamatan.map((row) => [row.name, `${row.implementing} / ${row.puskesmas}`, row.pustu, `${row.desaWithPustu} / ${row.desa}`])}
        />
      </section>
      <section className={section}>
        <h2 className="text-lg font-semibold">{t("report.coverage")}</h2>
        <p>
          {t("dashboard.coverageRecorded", {
            withPustu: dashboard.coverage.desaWithPustu,
            total: dashboard.coverage.desaTotal,
            share: dashboard.coverage.desaTotal ? format.number(dashboard.coverage.desaWithPustu / dashboard.coverage.desaTotal, { style: "percent", maximumFractionDigits: 1 }) : "–",
          })}
        </p>
        {dashboard.coverage.reported.pustu !== null && (
          <p>{t("dashboard.coverageReported", { pustu: dashboard.coverage.reported.pustu, desa: dashboard.coverage.reported.desa ?? dashboard.coverage.desaTotal })}</p>
        )}
        <p>{t("dashboard.understaffed", { count: dashboard.coverage.understaffedPustuCount })}</p>
        <p>{t("dashboard.posyanduImplementing", { implementing: dashboard.posyandu.implementing, total: dashboard.posyandu.total })}</p>
      </section>
      <section className={section}>
        <h2 className="text-lg font-semibold">{t("report.activities")}</h2>
        {dashboard.activities.length === 0 ? (
          <p>{t("dashboard.noActivities")}</p>
        ) : (
          <DataTable head={[t("dashboard.month"), t("dashboard.activityCount"), t("dashboard.participants")]} rows={dashboard.activities.map((row) => [row.month, row.count, row.participants])} />
        )}
      </section>
    </article>
  );
}
