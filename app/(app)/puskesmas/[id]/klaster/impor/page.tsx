import { getTranslations } from "next-intl/server";
import { BatchHistory } from "@/lib/imports/components/batch-history";
import { ImportPanel } from "@/lib/imports/components/import-panel";
import { ImportKindCard, ImportTemplatesSection } from "@/lib/imports/components/kind-card";
import { staffImport } from "@/lib/imports/kinds/staff";
import { listImportBatches } from "@/lib/imports/queries";
import { ZImportHistoryQuery } from "@/lib/imports/schemas";
import { puskesmasImportTarget } from "@/lib/imports/targets";
import { mayUndoImport } from "@/lib/imports/undo-service";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";
import { KlasterNav } from "@/lib/staffing/components/klaster-nav";
import { districtClock } from "@/lib/dates/district";

/**
 * The head's roster import for their puskesmas: the template and the current
 * roster in it, the upload (dry run, then commit) and the puskesmas' own import
 * history with undo. Whoever reads the puskesmas sees the history; only its
 * head uploads, and planners of the district may undo too.
 */
export default async function RosterImportPage({
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
  const mayUndo = mayUndoImport(user.scope, { districtId: puskesmas.districtId, puskesmasId: puskesmas.id });
  const api = `/api/impor/puskesmas/${puskesmas.id}/${staffImport.slug}`;
  const label = t(`imports.kinds.${staffImport.slug}.label` as "imports.pageTitle");

  return (
    <div className="flex flex-col gap-5">
      <header className="flex flex-col gap-2">
        <KlasterNav puskesmas={puskesmas} current="import" />
        <h1 className="text-2xl font-bold">{t("imports.puskesmas.title", { name: puskesmas.name })}</h1>
        <p className="max-w-3xl text-sm text-slate-700">{t("imports.puskesmas.intro")}</p>
      </header>
      <ImportTemplatesSection>
        <ImportKindCard slug={staffImport.slug} columns={Object.keys(staffImport.columns)} href={api}>
          <p className="font-medium">{t("imports.puskesmas.codeNote", { code: puskesmas.code })}</p>
        </ImportKindCard>
      </ImportTemplatesSection>
      {puskesmas.mayEdit ? (
        <ImportPanel kinds={[{ slug: staffImport.slug, label, uploadUrl: api }]} />
      ) : (
        <p className="text-sm text-slate-600">{t("imports.puskesmas.readOnly")}</p>
      )}
      <BatchHistory
        history={batches}
        pageHref={(page) => `/puskesmas/${puskesmas.id}/klaster/impor?hal=${page}#import-history`}
        mayUndo={mayUndo}
        emptyText={t("imports.puskesmas.noBatches")}
        timeZone={timeZone}
      />
    </div>
  );
}
