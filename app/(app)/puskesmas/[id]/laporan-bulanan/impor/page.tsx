import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { can } from "@/lib/auth/permissions";
import { districtClock } from "@/lib/dates/district";
import { BatchHistory } from "@/lib/imports/components/batch-history";
import { ImportPanel } from "@/lib/imports/components/import-panel";
import { ImportKindCard, ImportTemplatesSection } from "@/lib/imports/components/kind-card";
import { monthlyValuesImport } from "@/lib/imports/kinds/monthly-values";
import { listImportBatches } from "@/lib/imports/queries";
import { ZImportHistoryQuery } from "@/lib/imports/schemas";
import { puskesmasImportTarget } from "@/lib/imports/targets";
import { mayUndoImport } from "@/lib/imports/undo-service";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";

/**
 * Monthly report values of one puskesmas in bulk: the template and the values
 * already entered in it, the upload (dry run, then all-or-nothing commit) and the
 * puskesmas' import history with undo. Its head or petugas data uploads; the
 * values land in draft reports, which are submitted from the report form.
 */
export default async function MonthlyValuesImportPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const user = await requireUser();
  const { id } = await params;
  const { hal } = ZImportHistoryQuery.parse(await searchParams);
  const { puskesmas, batches, timeZone } = await orNotFound(
    withScope(user.scope, async (ctx) => {
      const { puskesmas, target } = await puskesmasImportTarget(ctx, id);
      return {
        puskesmas,
        batches: await listImportBatches(ctx, target, hal),
        timeZone: (await districtClock(ctx, puskesmas.districtId)).timeZone,
      };
    }),
  );
  const t = await getTranslations();
  const target = { districtId: puskesmas.districtId, puskesmasId: puskesmas.id };
  const mayImport = can(user.scope, "report.enter", target);
  const mayUndo = mayUndoImport(user.scope, target, "MONTHLY_VALUES");
  const api = `/api/impor/puskesmas/${puskesmas.id}/${monthlyValuesImport.slug}`;
  const label = t(`imports.kinds.${monthlyValuesImport.slug}.label` as "imports.pageTitle");
  const base = `/puskesmas/${puskesmas.id}/laporan-bulanan`;

  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-col gap-2">
        <nav className="text-sm text-slate-500">
          <Link href={base} className="hover:underline">
            {puskesmas.name} · {t("monthly.title")}
          </Link>
        </nav>
        <h1 className="text-2xl font-bold">{t("imports.monthly.title", { name: puskesmas.name })}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("imports.monthly.intro")}</p>
      </header>
      <ImportTemplatesSection>
        <ImportKindCard slug={monthlyValuesImport.slug} columns={Object.keys(monthlyValuesImport.columns)} href={api}>
          <p className="font-medium">{t("imports.puskesmas.codeNote", { code: puskesmas.code })}</p>
        </ImportKindCard>
      </ImportTemplatesSection>
      {mayImport ? (
        <ImportPanel kinds={[{ slug: monthlyValuesImport.slug, label, uploadUrl: api }]} />
      ) : (
        <p className="text-sm text-slate-600">{t("imports.monthly.readOnly")}</p>
      )}
      <BatchHistory
        history={batches}
        pageHref={(page) => `${base}/impor?hal=${page}#import-history`}
        mayUndo={mayUndo}
        emptyText={t("imports.puskesmas.noBatches")}
        timeZone={timeZone}
      />
    </div>
  );
}
