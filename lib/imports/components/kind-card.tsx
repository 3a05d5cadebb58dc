import { getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/ui/export-links";
import { IMPORT_LIMITS, IMPORT_MAX_MEGABYTES } from "../limits";

/**
 * One import kind: what it holds, its columns, and links to its template and
 * to the current data in that template (`href` is the kind's import route).
 */
export async function ImportKindCard({
  slug,
  columns,
  href,
  children,
}: {
  slug: string;
  columns: string[];
  href: string;
  children?: React.ReactNode;
}) {
  const t = await getTranslations();
  return (
    <div
      className="flex h-full flex-col gap-2 rounded border border-slate-200 bg-white p-3 text-sm"
      data-testid={`import-kind-${slug}`}
    >
      <p className="font-semibold">{t(`imports.kinds.${slug}.label` as "imports.pageTitle")}</p>
      <p className="text-slate-700">{t(`imports.kinds.${slug}.help` as "imports.pageTitle")}</p>
      {children}
      <p className="font-mono text-xs">{columns.join(", ")}</p>
      <div className="flex flex-wrap items-center gap-2">
        <span>{t("imports.template")}:</span>
        <ExportLinks
          href={`${href}?isi=templat`}
          csvLabel={t("imports.templateCsv")}
          xlsxLabel={t("imports.templateXlsx")}
        />
      </div>
      <div className="flex flex-wrap items-center gap-2">
        <span>{t("imports.exportData")}:</span>
        <ExportLinks href={href} csvLabel={t("list.export")} xlsxLabel={t("list.exportXlsx")} />
      </div>
    </div>
  );
}

/** The file limits, then the templates section holding the kind cards (`children`): the top of both import pages. */
export async function ImportTemplatesSection({ children }: { children: React.ReactNode }) {
  const t = await getTranslations();
  return (
    <>
      <p className="rounded bg-slate-100 p-3 text-sm" data-testid="import-limits">
        {t("imports.limits", { megabytes: IMPORT_MAX_MEGABYTES, rows: IMPORT_LIMITS.maxRows })}
      </p>
      <section className="flex flex-col gap-3" aria-labelledby="import-kinds">
        <h2 id="import-kinds" className="text-lg font-semibold">
          {t("imports.templatesTitle")}
        </h2>
        {children}
      </section>
    </>
  );
}
