"use client";

import Link from "next/link";
import { useMemo } from "react";
import { useFormatter, useTranslations } from "next-intl";
import { ExportLinks } from "@/components/ui/export-links";
import { completenessLines } from "@/lib/indicators/completeness-summary";
import {
  figureText,
  figureTint,
  INDICATOR_LIST,
  indicatorKey,
  indicatorValue,
  rankable,
  worstStatus,
  type IndicatorEntry,
  type IndicatorFacts,
  type Registry,
} from "@/lib/indicators/definitions";
import { CoverageNote, NoData, ProvenanceBadge } from "@/lib/indicators/components/figure-parts";
import type { ProjectionStatus } from "@/lib/rollout/projection";
import {
  againstAverage,
  arrangeRows,
  COMPARISON_PAGE_SIZE,
  sortValue,
  STATUS_FILTERS,
  tableColumns,
  type SortKey,
} from "../table";
import { unpackRows, type PackedRows } from "../packed-rows";
import { HintTip, IndicatorTip } from "./indicator-tip";
import { fastTranslator, remembered } from "./fast-messages";
import { useComparisonView } from "./use-comparison-view";

const STATUS_TONE: Record<ProjectionStatus, string> = {
  MET: "bg-emerald-100 text-emerald-800",
  ON_TRACK: "bg-emerald-100 text-emerald-800",
  AT_RISK: "bg-amber-100 text-amber-900",
  OFF_TRACK: "bg-red-100 text-red-800",
  MISSED: "bg-red-100 text-red-800",
};
/** The tint of a cell against the average, by the entry's colour rule (kader: more is better). */
const TONE = { good: "bg-emerald-50 text-emerald-900", poor: "bg-amber-50 text-amber-900", none: "" } as const;
const MORE_IS_BETTER = { colour: { better: "higher" } } as const;
const KADER: { key: SortKey; level: "PURWA" | "MADYA" | "UTAMA" }[] = [
  { key: "kaderPurwa", level: "PURWA" },
  { key: "kaderMadya", level: "MADYA" },
  { key: "kaderUtama", level: "UTAMA" },
];

type Props = {
  rows: PackedRows;
  total: IndicatorFacts;
  totalLabel: string;
  nameHeader: string;
  /** Show each row's province (the national district table). */
  showParent?: boolean;
  prefix?: string;
  exportPath: string;
  asOf: string;
  caption: string;
  /** The indicators (the registry; tests render a throwaway one). */
  registry?: Registry;
};

/** The comparison table: sortable on every column, filterable, ranked, cells coloured against the average, exportable. */
export function ComparisonTable({
  rows: sentRows,
  total,
  totalLabel,
  nameHeader,
  showParent = false,
  prefix = "",
  exportPath,
  asOf,
  caption,
  registry = INDICATOR_LIST,
}: Props) {
  const t = useTranslations();
  const format = useFormatter();
  // Messages with values, and days, are formatted hundreds of times a page: the same few each time.
  const tv = useMemo(() => fastTranslator(t as unknown as Parameters<typeof fastTranslator>[0]), [t]);
  const day = useMemo(
    () => remembered((iso) => format.dateTime(new Date(`${iso}T00:00:00Z`), { dateStyle: "medium", timeZone: "UTC" })),
    [format],
  );
  const rows = useMemo(() => unpackRows(sentRows), [sentRows]);
  const { view, update, exportQuery } = useComparisonView(prefix);
  // The registry's table entries, in registry order.
  const columns = tableColumns(t, registry);
  const arranged = arrangeRows(rows, view);
  const pages = Math.max(1, Math.ceil(arranged.length / COMPARISON_PAGE_SIZE));
  const page = Math.min(view.hal, pages);
  const visible = arranged.slice((page - 1) * COMPARISON_PAGE_SIZE, page * COMPARISON_PAGE_SIZE);
  const figure = (entry: IndicatorEntry, share: number | null) =>
    share === null ? t("comparison.notMeasured") : figureText(entry, share, format.number);
  const kaderAverage = (level: "PURWA" | "MADYA" | "UTAMA") => (rows.length ? total.kader[level] / rows.length : null);

  const sortHeader = (key: SortKey, label: string, tip: React.ReactNode) => {
    const active = view.urut === key;
    const nextDirection = active && view.arah === "desc" ? "asc" : active ? "desc" : key === "name" ? "asc" : "desc";
    return (
      <th
        key={key}
        scope="col"
        aria-sort={active ? (view.arah === "asc" ? "ascending" : "descending") : "none"}
        className="whitespace-nowrap px-2 py-2 align-bottom"
      >
        <button
          type="button"
          onClick={() => update({ urut: key, arah: nextDirection })}
          className="font-semibold uppercase hover:text-brand-700"
          aria-label={t("comparison.sortBy", { column: label })}
        >
          {label} {active ? (view.arah === "asc" ? "↑" : "↓") : ""}
        </button>
        {tip}
      </th>
    );
  };

  const marker = (place: ReturnType<typeof againstAverage>) =>
    place === "above" ? (
      <span aria-label={t("comparison.above")}> ▲</span>
    ) : place === "below" ? (
      <span aria-label={t("comparison.below")}> ▼</span>
    ) : null;

  const ratioCell = (entry: IndicatorEntry, facts: IndicatorFacts, isTotal: boolean) => {
    const id = entry.id;
    const value = indicatorValue(id, facts);
    // Colour against the average only a figure that may be ranked: incomplete data is never "below average".
    const place = isTotal || !rankable(value) ? null : againstAverage(value.share, indicatorValue(id, total).share);
    const status = id === "targets" ? worstStatus(facts) : null;
    return (
      <td
        key={id}
        className={`whitespace-nowrap px-2 py-1.5 ${TONE[figureTint(entry, place) ?? "none"]}`}
        data-column={id}
        data-state={value.state}
      >
        {id === "targets" && facts.targets.count === 0 ? (
          <span className="text-slate-500">{t("comparison.noTarget")}</span>
        ) : value.state === "NO_DATA" ? (
          <NoData />
        ) : (
          <>
            <span className="font-semibold">{figure(entry, value.share)}</span>
            {marker(place)}
            <span className="block text-xs text-slate-600">
              {id === "targets"
                ? tv("comparison.metOf", { met: facts.targets.met, count: facts.targets.count })
                : tv("comparison.ofTotal", { numerator: value.numerator, denominator: value.denominator })}
            </span>
            <CoverageNote
              value={value}
              unit={entry.coverage ? t(indicatorKey(id, "coverageUnit")) : undefined}
              isTotal={isTotal}
            />
            {status && !isTotal && (
              <span
                className={`mt-0.5 inline-block rounded-full px-1.5 text-[11px] font-semibold ${STATUS_TONE[status]}`}
              >
                {t(`projection.${status}`)}
              </span>
            )}
            {id === "targets" && !isTotal && facts.targets.unprojectable > 0 && (
              <span className="mt-0.5 block text-[11px] text-slate-600" data-testid="unprojectable">
                {t("figures.unprojectable")}
                {facts.areas.STAGES.lastUpdated &&
                  ` · ${tv("figures.lastUpdated", { date: day(facts.areas.STAGES.lastUpdated) })}`}
              </span>
            )}
            {isTotal && id === "targets" && facts.targets.unprojectable > 0 && (
              <span className="block text-[11px] text-slate-600">
                {t("figures.unprojectableTotal", { count: facts.targets.unprojectable })}
              </span>
            )}
            {id !== "targets" && (
              <span className="mt-0.5 block">
                <ProvenanceBadge value={value} detailed={isTotal} />
              </span>
            )}
          </>
        )}
      </td>
    );
  };

  const completenessCell = (facts: IndicatorFacts, isTotal: boolean) => {
    // A total or a province row (national view) sums districts: how many entered every area.
    const lines =
      isTotal || facts.districts > 1
        ? [tv("figures.completeDistricts", { complete: facts.allAreasEntered, of: facts.districts })]
        : completenessLines(facts, tv, day);
    const incomplete = !isTotal && lines.length > 2;
    return (
      <td
        key="completeness"
        className={`px-2 py-1.5 text-xs ${incomplete ? "text-amber-900" : "text-slate-700"}`}
        data-column="completeness"
      >
        {lines.map((line, index) => (
          <span key={index} className={index === 0 ? "block" : "block text-[11px]"}>
            {line}
          </span>
        ))}
      </td>
    );
  };

  const cells = (facts: IndicatorFacts, isTotal: boolean) => [
    completenessCell(facts, isTotal),
    ...columns.map(({ entry }) => ratioCell(entry, facts, isTotal)),
    ...KADER.map(({ key, level }) => {
      // A district without posyandu has no kader to compare.
      const place =
        isTotal || facts.posyandu.total === 0 ? null : againstAverage(facts.kader[level], kaderAverage(level));
      const entered = facts.areas.KADER.rows > 0 || facts.areas.KADER.declared > 0;
      return (
        <td
          key={key}
          className={`px-2 py-1.5 text-right tabular-nums ${TONE[(entered && figureTint(MORE_IS_BETTER, place)) || "none"]}`}
        >
          {entered ? (
            <>
              {format.number(facts.kader[level])}
              {marker(place)}
            </>
          ) : (
            <NoData />
          )}
        </td>
      );
    }),
    <td key="latest" className="whitespace-nowrap px-2 py-1.5 text-xs">
      {facts.latestActivity ? day(facts.latestActivity) : t("comparison.none")}
    </td>,
  ];

  const exportHref = `${exportPath}${exportPath.includes("?") ? "&" : "?"}${exportQuery({ per: asOf })}`;
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-end gap-3 text-sm">
        <label className="flex flex-col text-xs text-slate-600">
          {t("comparison.search")}
          <input
            type="search"
            value={view.cari}
            onChange={(event) => update({ cari: event.target.value }, { replace: true })}
            className="w-56 rounded border border-slate-300 px-2 py-1 text-sm text-slate-900"
          />
        </label>
        <label className="flex flex-col text-xs text-slate-600">
          {t("comparison.status")}
          <select
            value={view.status ?? ""}
            onChange={(event) =>
              update({ status: (event.target.value || undefined) as (typeof STATUS_FILTERS)[number] | undefined })
            }
            className="rounded border border-slate-300 px-2 py-1 text-sm text-slate-900"
          >
            <option value="">{t("comparison.allStatuses")}</option>
            {STATUS_FILTERS.map((status) => (
              <option key={status} value={status}>
                {t(`comparison.statuses.${status}`)}
              </option>
            ))}
          </select>
        </label>
        {(view.cari || view.status) && (
          <button
            type="button"
            onClick={() => update({ cari: "", status: undefined })}
            className="py-1 text-brand-700 underline"
          >
            {t("comparison.reset")}
          </button>
        )}
        <span className="ml-auto flex flex-wrap items-center gap-2">
          <span className="text-xs text-slate-600">{t("comparison.export")}</span>
          <ExportLinks href={exportHref} csvLabel={t("list.export")} xlsxLabel={t("list.exportXlsx")} />
        </span>
      </div>
      <p className="text-xs text-slate-600" aria-live="polite">
        {t("comparison.rows", { shown: arranged.length, total: rows.length })} · {t("comparison.legend")}
      </p>
      <p className="text-xs text-slate-600" data-testid="ranking-rule">
        {t("figures.rankingRule")}
      </p>
      <div className="relative max-w-full overflow-x-auto rounded border border-slate-200 bg-white">
        <table className="w-full min-w-[1100px] text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead className="bg-slate-100 text-left text-xs text-slate-600">
            <tr>
              <th scope="col" className="px-2 py-2 align-bottom" title={t("comparison.rank")}>
                <span aria-hidden="true">#</span>
                <span className="sr-only">{t("comparison.rank")}</span>
              </th>
              {sortHeader("name", nameHeader, null)}
              <th scope="col" className="whitespace-nowrap px-2 py-2 align-bottom font-semibold uppercase">
                {t("figures.completeness")}
                <HintTip label={t("figures.completeness")}>{t("figures.completenessHint")}</HintTip>
              </th>
              {columns.map(({ entry, header }) =>
                sortHeader(entry.id as SortKey, header, <IndicatorTip id={entry.id} />),
              )}
              {KADER.map(({ key }) =>
                sortHeader(
                  key,
                  t(`comparison.${key}`),
                  key === "kaderUtama" ? (
                    <IndicatorTip id="kaderAdvanced" />
                  ) : (
                    <HintTip label={t(`comparison.${key}`)}>{t("comparison.kaderHint")}</HintTip>
                  ),
                ),
              )}
              {sortHeader(
                "latestActivity",
                t("comparison.latestActivity"),
                <HintTip label={t("comparison.latestActivity")}>{t("comparison.latestActivityHint")}</HintTip>,
              )}
            </tr>
          </thead>
          <tbody>
            {arranged.length === 0 && (
              <tr>
                <td colSpan={columns.length + KADER.length + 4} className="px-2 py-6 text-center text-slate-600">
                  {t("comparison.empty")}
                </td>
              </tr>
            )}
            {visible.map((row) => (
              <tr
                key={row.code}
                className="border-t border-slate-100"
                data-testid="comparison-row"
                data-code={row.code}
                data-sort-value={String(sortValue(row, view.urut) ?? "")}
              >
                <td className="px-2 py-1.5 text-center tabular-nums text-slate-600">
                  {row.rank ?? <span title={t("figures.unrankedHint")}>{t("comparison.notMeasured")}</span>}
                </td>
                <th scope="row" className="sticky left-0 z-10 bg-white px-2 py-1.5 text-left font-medium">
                  <Link href={row.href} className="text-brand-700 underline">
                    {row.name}
                  </Link>
                  <span className="block text-xs font-normal text-slate-500">
                    {row.code}
                    {showParent && row.parent ? ` · ${row.parent.name}` : ""}
                  </span>
                  {row.isIllustrative && (
                    <span
                      title={t("comparison.illustrativeHint")}
                      className="mt-0.5 inline-block rounded bg-violet-50 px-1.5 text-[11px] font-normal text-violet-800 ring-1 ring-violet-200"
                    >
                      {t("comparison.illustrative")}
                    </span>
                  )}
                </th>
                {cells(row.facts, false)}
              </tr>
            ))}
          </tbody>
          <tfoot className="border-t-2 border-slate-300 bg-slate-50">
            <tr data-testid="comparison-total">
              <td className="px-2 py-1.5" />
              <th scope="row" className="sticky left-0 z-10 bg-slate-50 px-2 py-1.5 text-left font-semibold">
                {totalLabel}
              </th>
              {cells(total, true)}
            </tr>
          </tfoot>
        </table>
      </div>
      {pages > 1 && (
        <nav className="flex items-center gap-3 text-sm" aria-label={t("comparison.pages")}>
          <button
            type="button"
            disabled={page <= 1}
            onClick={() => update({ hal: page - 1 })}
            className="rounded border border-slate-300 px-3 py-1 disabled:opacity-40"
          >
            {t("comparison.previousPage")}
          </button>
          <span aria-live="polite">{t("comparison.pageOf", { page, pages })}</span>
          <button
            type="button"
            disabled={page >= pages}
            onClick={() => update({ hal: page + 1 })}
            className="rounded border border-slate-300 px-3 py-1 disabled:opacity-40"
          >
            {t("comparison.nextPage")}
          </button>
        </nav>
      )}
    </div>
  );
}
