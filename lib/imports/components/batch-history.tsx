import { getTranslations } from "next-intl/server";
import type { listImportBatches } from "../queries";
import { IMPORT_KINDS } from "../registry";
import { UndoBatchButton } from "./undo-batch-button";
import { formatIndonesianDateTime, type IndonesianTimeZone } from "@/lib/dates";
import { ListPager } from "@/components/ui/list-pager";

type History = Awaited<ReturnType<typeof listImportBatches>>;

/**
 * The import batches of a district or a puskesmas, newest first: who, when,
 * which file, the counts and whether each is still in force, with an undo
 * button (asking first) where `mayUndo`; the server checks again on undo.
 */
export async function BatchHistory({
  history,
  pageHref,
  mayUndo,
  emptyText,
  showPuskesmas = false,
  timeZone,
}: {
  history: History;
  /** The page's own URL with the history at page `page` (`?hal=`), so back and forward step through it. */
  pageHref: (page: number) => string;
  mayUndo: boolean;
  emptyText: string;
  showPuskesmas?: boolean;
  /** The district's zone: times are shown there, with its abbreviation. */
  timeZone: IndonesianTimeZone;
}) {
  const batches = history.rows;
  const t = await getTranslations();
  const kinds = Object.values(IMPORT_KINDS);
  const at = (date: Date) => formatIndonesianDateTime(date, timeZone);
  return (
    <section className="flex flex-col gap-2" aria-labelledby="import-history">
      <h2 id="import-history" className="text-lg font-semibold">
        {t("imports.historyTitle")}
      </h2>
      {batches.length === 0 ? (
        <p className="rounded border border-dashed p-6 text-center text-slate-600">{emptyText}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="text-sm" data-testid="import-history">
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
                    {at(batch.createdAt)}
                    <br />
                    <span className="text-slate-600">{batch.createdBy ?? "–"}</span>
                  </td>
                  <td className="pr-3">
                    {t(
                      `imports.kinds.${kinds.find((def) => def.kind === batch.kind)?.slug ?? "wilayah"}.label` as "imports.pageTitle",
                    )}
                    {showPuskesmas && batch.puskesmas && (
                      <span className="block text-slate-600">
                        {t("imports.byPuskesmasHead", { name: batch.puskesmas.name })}
                      </span>
                    )}
                  </td>
                  <td className="pr-3">
                    {batch.fileName}
                    <br />
                    <span className="font-mono text-xs text-slate-500" title={batch.sha256}>
                      SHA-256 {batch.sha256.slice(0, 12)}…
                    </span>
                  </td>
                  <td className="pr-3">
                    {t("imports.batchCountsText", {
                      rows: batch.rowCount,
                      create: batch.createdCount,
                      update: batch.updatedCount,
                      unchanged: batch.unchangedCount,
                      rejected: batch.rejectedCount,
                    })}
                    {batch.validOnly && <span className="block text-amber-700">{t("imports.validOnlyBadge")}</span>}
                  </td>
                  <td>
                    {batch.undoneAt ? (
                      t("imports.undoneAt", { at: at(batch.undoneAt) })
                    ) : mayUndo && batch.createdCount + batch.updatedCount > 0 ? (
                      <UndoBatchButton batchId={batch.id} fileName={batch.fileName} />
                    ) : (
                      t("imports.inForce")
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {history.pageCount > 1 && <ListPager page={history.page} pageCount={history.pageCount} href={pageHref} />}
    </section>
  );
}
