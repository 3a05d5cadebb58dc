import { DistrictPageHeading } from "@/components/ui/district-page-heading";
import { getFormatter, getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/ui/export-links";
import { can } from "@/lib/auth/permissions";
import { ImportPanel } from "@/lib/imports/components/import-panel";
import { UndoBatchButton } from "@/lib/imports/components/undo-batch-button";
import { IMPORT_LIMITS, IMPORT_MAX_MEGABYTES } from "@/lib/imports/limits";
import { listImportBatches } from "@/lib/imports/queries";
import { IMPORT_KINDS } from "@/lib/imports/registry";
import { wholeDistrict } from "@/lib/imports/targets";
import { getDistrictByCode } from "@/lib/rollout/queries";
import { orNotFound } from "@/lib/server/or-not-found";
import { withScope } from "@/lib/server/scoped-db";
import { requireUser } from "@/lib/server/session";

/** Templates, exports and imports of the district's master data, with the history of import batches. */
export default async function ImportPage({ params }: { params: Promise<{ code: string }> }) {
  const user = await requireUser();
  const { code } = await params;
  const { district, batches } = await orNotFound(
    withScope(user.scope, async (ctx) => {
      const district = await getDistrictByCode(ctx, decodeURIComponent(code));
      return { district, batches: await listImportBatches(ctx, wholeDistrict(district)) };
    }),
  );
  const t = await getTranslations();
  const format = await getFormatter();
  const mayImport = can(user.scope, "facility.write", { districtId: district.id });
  const kinds = Object.values(IMPORT_KINDS);
  const api = `/api/impor/kabupaten/${district.code}`;
  return (
    <div className="flex flex-col gap-5">
      <DistrictPageHeading district={district} title={t("imports.pageTitle")} />
      <p className="text-sm text-slate-700">{t("imports.intro")}</p>
      <p className="rounded bg-slate-100 p-3 text-sm" data-testid="import-limits">
        {t("imports.limits", { megabytes: IMPORT_MAX_MEGABYTES, rows: IMPORT_LIMITS.maxRows })}
      </p>
      <section className="flex flex-col gap-3" aria-labelledby="import-kinds">
        <h2 id="import-kinds" className="text-lg font-semibold">
          {t("imports.templatesTitle")}
        </h2>
        <ul className="grid gap-3 md:grid-cols-2">
          {kinds.map((def) => (
            <li key={def.slug} className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-3 text-sm" data-testid={`import-kind-${def.slug}`}>
              <p className="font-semibold">{t(`imports.kinds.${def.slug}.label` as "imports.pageTitle")}</p>
              <p className="text-slate-700">{t(`imports.kinds.${def.slug}.help` as "imports.pageTitle")}</p>
              <p className="font-mono text-xs">{Object.keys(def.columns).join(", ")}</p>
              <div className="flex flex-wrap items-center gap-2">
                <span>{t("imports.template")}:</span>
                <ExportLinks href={`${api}/${def.slug}?isi=templat`} csvLabel={t("imports.templateCsv")} xlsxLabel={t("imports.templateXlsx")} />
              </div>
              <div className="flex flex-wrap items-center gap-2">
                <span>{t("imports.exportData")}:</span>
                <ExportLinks href={`${api}/${def.slug}`} csvLabel={t("list.export")} xlsxLabel={t("list.exportXlsx")} />
              </div>
            </li>
          ))}
        </ul>
      </section>
      {mayImport ? (
        <ImportPanel kinds={kinds.map((def) => ({ slug: def.slug, label: t(`imports.kinds.${def.slug}.label` as "imports.pageTitle"), uploadUrl: `${api}/${def.slug}` }))} />
      ) : (
        <p className="text-sm text-slate-600">{t("imports.readOnly")}</p>
      )}
      <section className="flex flex-col gap-2" aria-labelledby="import-history">
        <h2 id="import-history" className="text-lg font-semibold">
          {t("imports.historyTitle")}
        </h2>
        {batches.length === 0 ? (
          <p className="rounded border border-dashed p-6 text-center text-slate-600">{t("imports.noBatches")}</p>
        ) : (
          <table className="text-sm">
            <thead>
              <tr className="text-left">
                <th className="pr-3">{t("imports.batchAt")}</th>
                <th className="pr-3">{t("imports.kind")}</th>
                <th className="pr-3">{t("imports.fileLabel")}</th>
                <th className="pr-3">{t("imports.batchCounts")}</th>
                <th>{t("imports.batchStatus")}</th>
              </tr>
            </thead>
            <tbody>
              {batches.map((batch) => (
                <tr key={batch.id} className="border-t border-slate-100 align-top">
                  <td className="pr-3">
                    {format.dateTime(batch.createdAt, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" })} UTC
                    <br />
                    <span className="text-slate-600">{batch.createdBy ?? "–"}</span>
                  </td>
                  <td className="pr-3">{t(`imports.kinds.${kinds.find((def) => def.kind === batch.kind)?.slug ?? "wilayah"}.label` as "imports.pageTitle")}</td>
                  <td className="pr-3">
                    {batch.fileName}
                    <br />
                    <span className="font-mono text-xs text-slate-500" title={batch.sha256}>
                      SHA-256 {batch.sha256.slice(0, 12)}…
                    </span>
                  </td>
                  <td className="pr-3">
                    {t("imports.batchCountsText", { rows: batch.rowCount, create: batch.createdCount, update: batch.updatedCount, unchanged: batch.unchangedCount, rejected: batch.rejectedCount })}
                    {batch.validOnly && <span className="block text-amber-700">{t("imports.validOnlyBadge")}</span>}
                  </td>
                  <td>
                    {batch.undoneAt ? (
                      t("imports.undoneAt", { at: format.dateTime(batch.undoneAt, { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) })
                    ) : mayImport && batch.createdCount + batch.updatedCount > 0 ? (
                      <UndoBatchButton batchId={batch.id} fileName={batch.fileName} />
                    ) : (
                      t("imports.inForce")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
    </div>
  );
}
