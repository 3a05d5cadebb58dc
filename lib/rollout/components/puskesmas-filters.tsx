import { getTranslations } from "next-intl/server";
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
      <label className="flex flex-col text-xs text-slate-600">
        {t("list.search")}
        <input name="q" defaultValue={filters.q} className="rounded border border-slate-300 px-2 py-1 text-sm" type="search" />
      </label>
      <label className="flex flex-col text-xs text-slate-600">
        {t("list.stage")}
        <select name="stage" defaultValue={filters.stage ?? ""} className="rounded border border-slate-300 px-2 py-1 text-sm">
          <option value="">{t("list.allStages")}</option>
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {t(`stage.${stage}`)}
            </option>
          ))}
        </select>
      </label>
      <label className="flex flex-col text-xs text-slate-600">
        {t("list.kecamatan")}
        <select name="kecamatan" defaultValue={filters.kecamatan ?? ""} className="rounded border border-slate-300 px-2 py-1 text-sm">
          <option value="">{t("list.allKecamatan")}</option>
          {kecamatan.map((region) => (
            <option key={region.code} value={region.code}>
              {region.name}
            </option>
          ))}
        </select>
      </label>
      <input type="hidden" name="sort" value={filters.sort} />
      <input type="hidden" name="dir" value={filters.dir} />
      <button type="submit" className="rounded bg-brand-700 px-3 py-1 text-sm font-semibold text-white">
        {t("list.apply")}
      </button>
      <a href={action} className="px-2 py-1 text-sm underline">
        {t("list.reset")}
      </a>
      <a href={exportHref} className="ml-auto rounded border border-slate-300 px-3 py-1 text-sm" download>
        {t("list.export")}
      </a>
    </form>
  );
}
