import Link from "next/link";
import { AsOfField } from "@/components/ui/as-of-field";
import { getFormatter, getTranslations } from "next-intl/server";
import { CopyTextButton } from "@/components/ui/copy-text-button";
import { ExportLinks } from "@/components/ui/export-links";
import { ActivitiesChart, StageFunnelChart, StageTrendChart } from "@/lib/dashboard/components/charts";
import { KecamatanTable, PosyanduKader, PustuCoverage } from "@/lib/dashboard/components/coverage-sections";
import { TargetProgressCards } from "@/lib/dashboard/components/target-progress-cards";
import { can, writableDistrictIds } from "@/lib/auth/permissions";
import { DistrictHeadline } from "@/lib/comparison/components/district-headline";
import { PendingProposals } from "@/lib/facilities/components/pending-proposals";
import { listPendingProposals } from "@/lib/facilities/stage-queries";
import { MonthlySummary } from "@/lib/monthly-reports/components/monthly-summary";
import { getMonthlySummary } from "@/lib/monthly-reports/queries";
import { StaffingSummary } from "@/lib/staffing/components/staffing-summary";
import { getDistrictDashboard } from "@/lib/dashboard/queries";
import type { DataArea } from "@/lib/indicators/definitions";
import { getDistrictIndicators } from "@/lib/indicators/queries";
import { asOfOrToday } from "@/lib/dashboard/schemas";
import { districtSummaryText } from "@/lib/dashboard/summary-text";
import { PuskesmasFilters } from "@/lib/rollout/components/puskesmas-filters";
import { PuskesmasTable } from "@/lib/rollout/components/puskesmas-table";
import { getDistrictByCode, listDistrictPuskesmas } from "@/lib/rollout/queries";
import { ZPuskesmasFilters } from "@/lib/rollout/schemas";
import { LIST_ANCHOR, puskesmasListQuery } from "@/lib/rollout/url";
import { orNotFound } from "@/lib/server/or-not-found";
import { withReadScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";
import { timeZoneOfRegion, todayIn, toIsoDate } from "@/lib/dates";

type Props = {
  params: Promise<{ code: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export default async function DistrictPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { code } = await params;
  const query = await searchParams;
  const filters = ZPuskesmasFilters.parse(query);
  const asOf = asOfOrToday(query.per, timeZoneOfRegion(code));
  const { district, dashboard, indicators, list, proposals, monthly } = await orNotFound(
    withReadScope(user.scope, async (ctx) => {
      const district = await getDistrictByCode(ctx, decodeURIComponent(code));
      return {
        district,
        dashboard: await getDistrictDashboard(ctx, district, asOf.date),
        indicators: (await getDistrictIndicators(ctx, { districtId: district.id }, asOf.date))[0]!,
        list: await listDistrictPuskesmas(ctx, district, filters),
        proposals: await listPendingProposals(ctx, district.id),
        monthly: await getMonthlySummary(ctx, district.code),
      };
    }),
  );
  // Province officials and national admins read a district without changing it; say so.
  const readOnly = !writableDistrictIds(user.scope).has(district.id);
  const readsProvince = user.scope.national || user.scope.provinceIds.has(district.province.id);
  const mayEdit = (permission: "facility.write" | "target.write") =>
    can(user.scope, permission, { districtId: district.id });
  const t = await getTranslations();
  const summary = await districtSummaryText({
    districtName: district.name,
    dashboard,
    timeZone: timeZoneOfRegion(district.code),
    isIllustrative: indicators.isIllustrative,
  });
  const format = await getFormatter();
  const monthName = (period: string) =>
    format.dateTime(new Date(`${period}-01T00:00:00Z`), { month: "long", year: "numeric", timeZone: "UTC" });
  const basePath = `/kabupaten/${district.code}`;
  const asOfText = toIsoDate(dashboard.asOf);
  const puskesmasTarget = dashboard.targets.find((target) => target.kind === "PUSKESMAS_MENERAPKAN");
  const entered = (area: DataArea) =>
    indicators.facts.areas[area].rows > 0 || indicators.facts.areas[area].declared > 0;

  return (
    <div className="flex flex-col gap-6">
      <header className="flex flex-wrap items-end justify-between gap-3">
        <div>
          <nav className="flex flex-wrap gap-1 text-sm text-slate-500" aria-label="breadcrumb">
            {user.scope.national && (
              <>
                <Link href={`/nasional${asOf.isToday ? "" : `?per=${asOfText}`}`} className="hover:underline">
                  {t("comparison.breadcrumbNational")}
                </Link>
                <span aria-hidden="true">›</span>
              </>
            )}
            <Link
              href={
                readsProvince ? `/provinsi/${district.province.code}${asOf.isToday ? "" : `?per=${asOfText}`}` : "/"
              }
              className="hover:underline"
            >
              {t("district.breadcrumbProvince", { name: district.province.name })}
            </Link>
          </nav>
          <h1 className="text-2xl font-bold">
            {district.name} <span className="text-base font-normal text-slate-500">{district.code}</span>
            {readOnly && (
              <span
                title={t("comparison.readOnlyHint")}
                className="ml-2 rounded bg-slate-200 px-2 py-0.5 align-middle text-xs font-semibold text-slate-700"
                data-testid="read-only"
              >
                {t("comparison.readOnly")}
              </span>
            )}
          </h1>
          <nav className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-sm" aria-label={t("district.pages")}>
            <Link href={`#${LIST_ANCHOR}`} className="font-medium text-brand-700 underline">
              {t("district.toList")}
            </Link>
            <Link href={`${basePath}/fasilitas`} className="text-brand-700 underline">
              {mayEdit("facility.write") ? t("facilityForm.manage") : t("facilityForm.view")}
            </Link>
            <Link href={`${basePath}/target`} className="text-brand-700 underline">
              {mayEdit("target.write") ? t("targetForm.manage") : t("targetForm.view")}
            </Link>
            <Link href={`${basePath}/kegiatan`} className="text-brand-700 underline">
              {t("activityForm.manage")}
            </Link>
            <Link
              href={`${basePath}/klaster${asOf.isToday ? "" : `?per=${asOfText}`}`}
              className="text-brand-700 underline"
            >
              {t("staffing.rollup.link")}
            </Link>
            <Link
              href={`${basePath}/laporan${asOf.isToday ? "" : `?per=${asOfText}`}`}
              className="text-brand-700 underline"
            >
              {t("report.link")}
            </Link>
            <Link href={`${basePath}/laporan-bulanan`} className="text-brand-700 underline">
              {t("monthly.link")}
            </Link>
            <Link href={`${basePath}/kelengkapan`} className="text-brand-700 underline">
              {t("completeness.link")}
            </Link>
            <Link href={`${basePath}/wilayah`} className="text-brand-700 underline">
              {t("imports.regionsLink")}
            </Link>
            <Link href={`${basePath}/impor`} className="text-brand-700 underline">
              {mayEdit("facility.write") ? t("imports.link") : t("imports.viewLink")}
            </Link>
          </nav>
        </div>
        <div className="flex flex-col gap-3">
          <form method="get" action={basePath} className="flex flex-wrap items-end gap-2 text-sm">
            <AsOfField
              id="as-of"
              label={t("dashboard.asOf")}
              value={asOfText}
              max={toIsoDate(todayIn(timeZoneOfRegion(code)))}
            />
            <button type="submit" className="rounded bg-brand-700 px-3 py-1 font-semibold text-white">
              {t("dashboard.show")}
            </button>
            {!asOf.isToday && (
              <Link href={basePath} className="underline">
                {t("dashboard.today")}
              </Link>
            )}
          </form>
          <CopyTextButton
            text={summary}
            labels={{
              button: t("summary.button"),
              copied: t("summary.copied"),
              failed: t("summary.failed"),
              preview: t("summary.preview"),
            }}
          />
        </div>
      </header>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">{t("dashboard.exportTables")}</summary>
        <ul className="mt-2 flex flex-col gap-2">
          {(["target", "tahap", "kecamatan", "kegiatan", "tren", "klaster"] as const).map((table) => (
            <li key={table} className="flex items-center gap-3">
              <span className="w-28">
                {table === "klaster" ? t("staffing.rollup.dashboardTitle") : t(`dashboard.tables.${table}`)}
              </span>
              <ExportLinks
                href={`/api/export/kabupaten/${district.code}/dasbor?tabel=${table}&per=${asOfText}`}
                csvLabel={t("list.export")}
                xlsxLabel={t("list.exportXlsx")}
              />
            </li>
          ))}
        </ul>
      </details>
      {!asOf.isToday && (
        <p role="status" className="rounded bg-sky-50 px-3 py-2 text-sm text-sky-900">
          {t("dashboard.historical", { date: asOfText })}
        </p>
      )}
      {readOnly && (
        <p className="rounded bg-slate-100 px-3 py-2 text-sm text-slate-700">{t("comparison.readOnlyHint")}</p>
      )}

      <DistrictHeadline facts={indicators.facts} isIllustrative={indicators.isIllustrative} />
      {can(user.scope, "stage.verify", { districtId: district.id }) && <PendingProposals proposals={proposals} />}
      <MonthlySummary
        districtCode={district.code}
        monthName={monthName(monthly.period)}
        rates={monthly.rates}
        headline={monthly.headline}
      />

      <section className="flex flex-col gap-2">
        <h2 className="text-lg font-semibold">{t("district.targets")}</h2>
        <TargetProgressCards
          targets={dashboard.targets}
          stagesUpdated={indicators.facts.areas.STAGES.lastUpdated}
          asOf={dashboard.asOf}
        />
      </section>

      <div className="grid gap-4 lg:grid-cols-2">
        <StageTrendChart trend={dashboard.stageTrend} target={puskesmasTarget?.progress.target ?? null} />
        <StageFunnelChart funnel={dashboard.funnel} />
      </div>
      <div className="grid gap-4 lg:grid-cols-2">
        <KecamatanTable rows={dashboard.byKecamatan} districtCode={district.code} pustuEntered={entered("PUSTU")} />
        <PustuCoverage
          coverage={dashboard.coverage}
          facts={indicators.facts}
          districtCode={district.code}
          asOf={asOf.isToday ? undefined : asOfText}
        />
      </div>
      <StaffingSummary
        rollup={dashboard.staffing}
        href={`${basePath}/klaster${asOf.isToday ? "" : `?per=${asOfText}`}`}
      />
      <div className="grid gap-4 lg:grid-cols-2">
        <PosyanduKader
          posyandu={dashboard.posyandu}
          posyanduEntered={entered("POSYANDU")}
          kaderEntered={entered("KADER")}
        />
        <ActivitiesChart activities={dashboard.activities} />
      </div>

      <section id={LIST_ANCHOR} className="flex scroll-mt-4 flex-col gap-3">
        <h2 className="text-lg font-semibold">{t("district.puskesmasList")}</h2>
        <p className="text-xs text-slate-500">{t("dashboard.listIsCurrent")}</p>
        <PuskesmasFilters
          filters={filters}
          kecamatan={dashboard.byKecamatan}
          action={basePath}
          exportHref={`/api/export/kabupaten/${district.code}${puskesmasListQuery(filters, { hal: 1 })}`}
        />
        <PuskesmasTable {...list} filters={filters} basePath={basePath} />
      </section>
    </div>
  );
}
