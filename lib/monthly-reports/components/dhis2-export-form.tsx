import { useTranslations } from "next-intl";

/**
 * The province or national DHIS2 export: links for `period` (the month just
 * ended), and a month picker that downloads another month (a plain GET form,
 * no script). `base` is the export route; the server checks the scope.
 */
export function Dhis2ExportForm({ base, period }: { base: string; period: string }) {
  const t = useTranslations("monthly.export");
  return (
    <section className="flex flex-col gap-2 text-sm" data-testid="dhis2-export">
      <h2 className="font-semibold">{t("title")}</h2>
      <p className="text-slate-600">{t("note")}</p>
      <ul className="flex flex-wrap gap-3">
        <li>
          <a href={`${base}?periode=${period}`} className="text-brand-700 underline" download>
            {t("json")} ({period})
          </a>
        </li>
        <li>
          <a href={`${base}?periode=${period}&format=csv`} className="text-brand-700 underline" download>
            {t("csv")} ({period})
          </a>
        </li>
      </ul>
      <form action={base} method="get" className="flex flex-wrap items-end gap-2">
        <label className="flex flex-col gap-1">
          {t("month")}
          <input
            type="month"
            name="periode"
            defaultValue={period}
            max={period}
            required
            className="rounded border border-slate-300 px-2 py-1"
          />
        </label>
        <label className="flex flex-col gap-1">
          {t("format")}
          <select name="format" defaultValue="json" className="rounded border border-slate-300 px-2 py-1">
            <option value="json">{t("json")}</option>
            <option value="csv">{t("csv")}</option>
          </select>
        </label>
        <button type="submit" className="rounded bg-brand-700 px-3 py-1 text-white">
          {t("download")}
        </button>
      </form>
      <p className="text-slate-600">{t("streamNote")}</p>
    </section>
  );
}
