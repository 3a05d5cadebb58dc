import { useTranslations } from "next-intl";

/** "Download CSV", "Download CSV (Indonesian Excel)" (`;`, decimal comma) and "Download XLSX" for one export URL. */
export function ExportLinks({ href, csvLabel, xlsxLabel }: { href: string; csvLabel: string; xlsxLabel: string }) {
  const t = useTranslations("list");
  const withFormat = (format: string) => `${href}${href.includes("?") ? "&" : "?"}format=${format}`;
  const style = "rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50";
  return (
    <span className="flex flex-wrap gap-2">
      <a href={withFormat("csv-id")} download className={style}>
        {t("exportCsvId")}
      </a>
      <a href={href} download className={style}>
        {csvLabel}
      </a>
      <a href={withFormat("xlsx")} download className={style}>
        {xlsxLabel}
      </a>
    </span>
  );
}
