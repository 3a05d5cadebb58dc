import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { isPeriod } from "@/lib/dates/periods";
import { PageNotice } from "@/components/ui/page-notice";
import { ReportForm } from "@/lib/monthly-reports/components/report-form";
import { ReviewPanel } from "@/lib/monthly-reports/components/review-panel";
import { getReportForm, listPuskesmasPeriods } from "@/lib/monthly-reports/queries";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";

type Props = {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** A puskesmas' monthly ILP report for one month (?periode=YYYY-MM, default the month just ended): entry and review. */
export default async function MonthlyReportPage({ params, searchParams }: Props) {
  const user = await requireUser();
  const { id } = await params;
  const query = await searchParams;
  const asked = typeof query.periode === "string" && isPeriod(query.periode) ? query.periode : null;
  const { form, periods } = await orNotFound(
    withScope(user.scope, async (ctx) => {
      const form = await getReportForm(ctx, id, asked);
      return { form, periods: await listPuskesmasPeriods(ctx, form) };
    }),
  );
  const t = await getTranslations();
  const format = await getFormatter();
  const monthName = (period: string) =>
    format.dateTime(new Date(`${period}-01T00:00:00Z`), { month: "long", year: "numeric", timeZone: "UTC" });
  const day = (iso: string) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" });
  const status = form.report?.status ?? null;
  const future = form.period > form.currentPeriod;
  const editable = form.mayEnter && !future && (status === null || status === "DRAFT" || status === "RETURNED");
  const base = `/puskesmas/${form.puskesmas.id}/laporan-bulanan`;
  const noticeScope = `${base}/${form.period}`;
  return (
    <div className="flex flex-col gap-4">
      <nav className="text-sm text-slate-500">
        <Link href={`/puskesmas/${form.puskesmas.id}`} className="hover:underline">
          {form.puskesmas.name}
        </Link>
      </nav>
      <h1 className="text-2xl font-bold">
        {t("monthly.title")} — {monthName(form.period)}
      </h1>
      {form.dataSet.isExample && (
        <p className="rounded bg-amber-100 px-3 py-2 text-sm text-amber-900" data-testid="example-note">
          {t("monthly.exampleNote")}
        </p>
      )}
      <form method="get" action={base} className="flex flex-wrap items-end gap-2 text-sm">
        <label className="flex flex-col text-xs text-slate-600">
          {t("monthly.period")}
          <select name="periode" defaultValue={form.period} className="rounded border border-slate-300 px-2 py-2">
            {periods.map((row) => (
              <option key={row.period} value={row.period}>
                {monthName(row.period)} — {t(`monthly.status.${row.status ?? "NONE"}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="rounded bg-brand-700 px-3 py-2 font-semibold text-white">
          {t("monthly.show")}
        </button>
      </form>
      <p className="text-sm" data-testid="report-status">
        <span className="font-semibold">{t(`monthly.status.${status ?? "NONE"}`)}</span>
        {" · "}
        {t("monthly.dueOn", { date: day(form.dueOn) })}
      </p>
      <PageNotice scope={noticeScope} />
      {form.mayEnter && (
        <p className="text-sm">
          <Link href={`${base}/impor`} className="text-brand-700 underline" data-testid="monthly-import-link">
            {t("imports.monthly.link")}
          </Link>
        </p>
      )}
      {future && <p className="text-sm text-slate-600">{t("monthly.futureNote")}</p>}
      {status === "RETURNED" && form.report?.reviewComment && (
        <p className="rounded bg-red-50 px-3 py-2 text-sm text-red-800" data-testid="returned-comment">
          {t("monthly.returnedComment", { comment: form.report.reviewComment })}
        </p>
      )}
      {status === "SUBMITTED" && <p className="text-sm text-slate-600">{t("monthly.lockedSubmitted")}</p>}
      {status === "APPROVED" && <p className="text-sm text-slate-600">{t("monthly.lockedApproved")}</p>}
      {!form.mayEnter && !form.mayReview && <p className="text-sm text-slate-600">{t("monthly.readOnly")}</p>}
      {form.mayReview && form.report && (status === "SUBMITTED" || status === "APPROVED") && (
        <ReviewPanel
          reportId={form.report.id}
          status={status}
          version={form.report.version}
          noticeScope={noticeScope}
        />
      )}
      <ReportForm
        key={`${form.period}-${form.report?.version ?? 0}`}
        puskesmasId={form.puskesmas.id}
        dataSetId={form.dataSet.id}
        period={form.period}
        periodLabel={monthName(form.period)}
        elements={form.elements}
        values={form.values}
        previous={form.previous}
        outlierMonths={form.outlierMonths}
        version={form.report?.version ?? 0}
        editable={editable}
        noticeScope={noticeScope}
      />
    </div>
  );
}
