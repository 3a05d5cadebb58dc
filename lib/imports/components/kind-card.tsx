import { getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/ui/export-links";

/**
 * One import kind: what it holds, its columns, and links to its template and
 * to the current data in that template (`href` is the kind's import route).
 */
export async function ImportKindCard({ slug, columns, href, children }: { slug: string; columns: string[]; href: string; children?: React.ReactNode }) {
  const t = await getTranslations();
  return (
    <div className="flex h-full flex-col gap-2 rounded border border-slate-200 bg-white p-3 text-sm" data-testid={`import-kind-${slug}`}>
      <p className="font-semibold">{t(`imports.kinds.${slug}.label` as "imports.pageTitle")}</p>
      <p className="text-slate-700">{t(`imports.kinds.${slug}.help` as "imports.pageTitle")}</p>
      {children}
      <p className="font-mono text-xs">{columns.join(", ")}</p>
      <div className="flex flex-wrap items-center gap-2">
        <span>{t("imports.template")}:</span>
        <ExportLinks href={`${href}?isi=templat`} csvLabel={t("imports.templateCsv")} xlsxLabel={t("imports.templateXlsx")} />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <span>{t("imports.exportData")}:</span>
        <ExportLinks href={href} csvLabel={t("list.export")} xlsxLabel={t("list.exportXlsx")} />
      </div>
    </div>
  );
}
