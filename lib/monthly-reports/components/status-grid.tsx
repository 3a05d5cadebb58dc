import Link from "next/link";
import { useTranslations } from "next-intl";
import type { CellState } from "../rates";
import type { GridRow } from "../queries";
import { RateText } from "./rate-text";

const COLOURS: Record<CellState, string> = {
  APPROVED: "bg-emerald-600 text-white",
  SUBMITTED: "bg-sky-600 text-white",
  RETURNED: "bg-amber-400 text-slate-900",
  DRAFT: "bg-slate-200 text-slate-800",
  LATE: "bg-red-600 text-white",
  NOT_YET_DUE: "bg-white text-slate-500 border border-slate-300",
  NOT_EXPECTED: "bg-slate-50 text-slate-400",
};

/** Puskesmas × months, each cell coloured and labelled by its state, linking to the report. */
export function StatusGrid({
  rows,
  periods,
  monthNames,
}: {
  rows: GridRow[];
  periods: string[];
  monthNames: string[];
}) {
  const t = useTranslations();
  return (
    <div className="overflow-x-auto">
      <table className="min-w-full border-collapse text-xs" data-testid="status-grid">
        <thead>
          <tr>
            <th className="p-1 text-left">{t("monthly.grid.puskesmas")}</th>
            {monthNames.map((name, index) => (
              <th key={periods[index]} className="p-1 text-center">
                {name}
              </th>
            ))}
            <th className="p-1 text-left">{t("monthly.grid.reportingRate")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.puskesmasId} className="border-t border-slate-200" data-testid={`grid-row-${row.code}`}>
              <th scope="row" className="p-1 text-left font-normal">
                {row.name}
              </th>
              {row.cells.map((cell) => (
                <td key={cell.period} className="p-1 text-center">
                  <Link
                    href={`/puskesmas/${row.puskesmasId}/laporan-bulanan?periode=${cell.period}`}
                    className={`block rounded px-1 py-1 ${COLOURS[cell.state]}`}
                    data-testid={`cell-${row.code}-${cell.period}`}
                    data-state={cell.state}
                  >
                    {t(`monthly.state.${cell.state}`)}
                  </Link>
                </td>
              ))}
              <td className="p-1">
                <RateText rates={row.rates} which="reporting" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
