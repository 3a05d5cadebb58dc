import { getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/ui/export-links";
import type { TPuskesmasFilters } from "../schemas";
import { STAGES } from "../stages";

/** A plain GET form: filters live in the URL, so links, reloads, back and forward all keep them. */
export async function PuskesmasFilters({
  filters,
  kecamatan,
  action,
  exportHref,
}: {
  filters: TPuskesmasFilters;
  kecamatan: { code: string; name: string }[];
  action: string;
  exportHref: string;
}) {
  const t = await getTranslations();
  return (
    <form action={action} method="get" className="flex flex-wrap items-end gap-2" role="search">
      <div className="flex flex-col text-xs text-slate-600">
        <label htmlFor="filter-q">{t("list.search")}</label>
        <input id="filter-q" name="q" defaultValue={filters.q} className="rounded border border-slate-300 px-2 py-1 text-sm" type="search" />
      </div>
      <div className="flex flex-col text-xs text-slate-600">
        <label htmlFor="filter-stage">{t("list.stage")}</label>
        <select id="filter-stage" name="stage" defaultValue={filters.stage ?? ""} className="rounded border border-slate-300 px-2 py-1 text-sm">
          <option value="">{t("list.allStages")}</option>
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {t(`stage.${stage}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex flex-col text-xs text-slate-600">
        <label htmlFor="filter-kecamatan">{t("list.kecamatan")}</label>
        <select id="filter-kecamatan" name="kecamatan" defaultValue={filters.kecamatan ?? ""} className="rounded border border-slate-300 px-2 py-1 text-sm">
          <option value="">{t("list.allKecamatan")}</option>
          {kecamatan.map((region) => (
            <option key={region.code} value={region.code}>
              {region.name}
            </option>
          ))}
        </select>
      </div>
      <input type="hidden" name="sort" value={filters.sort} />
      <input type="hidden" name="dir" value={filters.dir} />
      <button type="submit" className="rounded bg-brand-700 px-3 py-1 text-sm font-semibold text-white">
        {t("list.apply")}
      </button>
      <a href={action} className="px-2 py-1 text-sm underline">
        {t("list.reset")}
      </a>
      <span className="ml-auto">
        <ExportLinks href={exportHref} csvLabel={t("list.export")} xlsxLabel={t("list.exportXlsx")} />
      </span>
    </form>
  );
}
