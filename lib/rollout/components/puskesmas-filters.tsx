import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/ui/export-links";
import { FilterField } from "@/components/ui/filter-field";
import { UrlFilterForm } from "@/components/ui/url-filter-form";
import type { TPuskesmasFilters } from "../schemas";
import { STAGES } from "../stages";
import { LIST_ANCHOR, puskesmasListQuery } from "../url";

/** Filters live in the URL, so links, reloads, back and forward all keep them; applying them keeps the scroll position. */
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
    // Keyed by the filters: after back, forward or reset the fields show the URL's values, not what was typed last.
    <UrlFilterForm
      key={puskesmasListQuery(filters)}
      action={action}
      anchor={LIST_ANCHOR}
      className="flex flex-wrap items-end gap-2"
    >
      <FilterField id="filter-q" label={t("list.search")}>
        <input id="filter-q" name="cari" defaultValue={filters.cari} type="search" />
      </FilterField>
      <FilterField id="filter-stage" label={t("list.stage")}>
        <select id="filter-stage" name="tahap" defaultValue={filters.tahap ?? ""}>
          <option value="">{t("list.allStages")}</option>
          {STAGES.map((stage) => (
            <option key={stage} value={stage}>
              {t(`stage.${stage}`)}
            </option>
          ))}
        </select>
      </FilterField>
      <FilterField id="filter-kecamatan" label={t("list.kecamatan")}>
        <select id="filter-kecamatan" name="kecamatan" defaultValue={filters.kecamatan ?? ""}>
          <option value="">{t("list.allKecamatan")}</option>
          {kecamatan.map((region) => (
            <option key={region.code} value={region.code}>
              {region.name}
            </option>
          ))}
        </select>
      </FilterField>
      <input type="hidden" name="jenis" value={filters.jenis} />
      <input type="hidden" name="urut" value={filters.urut} />
      <input type="hidden" name="arah" value={filters.arah} />
      <button type="submit" className="rounded bg-brand-700 px-3 py-1 text-sm font-semibold text-white">
        {t("list.apply")}
      </button>
      <Link href={`${action}#${LIST_ANCHOR}`} className="px-2 py-1 text-sm underline">
        {t("list.reset")}
      </Link>
      <span className="ml-auto">
        <ExportLinks href={exportHref} csvLabel={t("list.export")} xlsxLabel={t("list.exportXlsx")} />
      </span>
    </UrlFilterForm>
  );
}
