/** "Download CSV" and "Download XLSX" for one export URL. */
export function ExportLinks({ href, csvLabel, xlsxLabel }: { href: string; csvLabel: string; xlsxLabel: string }) {
  const xlsx = `${href}${href.includes("?") ? "&" : "?"}format=xlsx`;
  const style = "rounded border border-slate-300 px-3 py-1 text-sm hover:bg-slate-50";
  return (
    <span className="flex gap-2">
      <a href={href} download className={style}>
        {csvLabel}
      </a>
      <a href={xlsx} download className={style}>
        {xlsxLabel}
      </a>
    </span>
  );
}
