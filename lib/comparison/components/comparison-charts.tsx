"use client";

import Link from "next/link";
import { useEffect, useMemo, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { ChartFrame, DataTable } from "@/lib/dashboard/components/chart-frame";
import {
  figureNumber,
  figureStep,
  INDICATOR_IDS,
  INDICATORS,
  indicatorKey,
  indicatorValue,
  type IndicatorFacts,
  type IndicatorId,
} from "@/lib/indicators/definitions";
import type { TrendSeries } from "../queries";
import type { ComparisonRow } from "../table";
import { unpackRows, type PackedRows } from "../packed-rows";
import { tileLabels } from "../tile-labels";
import { tileLayout } from "../tile-layout";
import { useShareText } from "./share-text";
import { useComparisonView } from "./use-comparison-view";

// The drawings (Recharts, the largest part of the page's JavaScript) load after the page, in the
// browser only: the page, the tile map and each chart's data table arrive without them, and each
// chart's box keeps its size meanwhile. Recharts draws nothing on the server anyway (it needs the
// box's width).
const drawings = () => import("./comparison-drawings");
const IndicatorBarsDrawing = dynamic(() => drawings().then((loaded) => loaded.IndicatorBarsDrawing), { ssr: false });
const TrendLinesDrawing = dynamic(() => drawings().then((loaded) => loaded.TrendLinesDrawing), { ssr: false });
const CoverageScatterDrawing = dynamic(() => drawings().then((loaded) => loaded.CoverageScatterDrawing), {
  ssr: false,
});

/**
 * What a closed <details> holds, rendered once it is opened: the charts' data tables (the national
 * trend alone is 60 months by 38 provinces) cost nothing on the server or in the browser until asked for.
 */
function WhenOpen({ render }: { render: () => React.ReactNode }) {
  const [open, setOpen] = useState(false);
  const marker = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    const details = marker.current?.closest("details");
    if (!details) return;
    const sync = () => details.open && setOpen(true);
    sync();
    details.addEventListener("toggle", sync);
    return () => details.removeEventListener("toggle", sync);
  }, []);
  return open ? render() : <span ref={marker} hidden />;
}

/** Sequential greens for the tile map, worst first (the step of a share: the entry's colour rule). */
const SCALE = ["#fef3c7", "#d9f99d", "#86efac", "#22c55e", "#15803d"];
const pct = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
/** "Kabupaten Rejang Lebong" → "Rejang Lebong" where space is short; "Kota …" stays, it tells the city from the province. */
const shortName = (name: string) => name.replace(/^Kabupaten\s+/, "");

type Props = {
  rows: PackedRows;
  total: IndicatorFacts;
  trend: TrendSeries;
  placeCode: string | null;
  totalLabel: string;
};

/** The comparison charts: bar on a chosen indicator, adoption trends with the total, a scatter and a tile map; each with a table. */
export function ComparisonCharts({ rows: sentRows, total, trend, placeCode, totalLabel }: Props) {
  const rows = useMemo(() => unpackRows(sentRows), [sentRows]);
  const t = useTranslations("comparison");
  const messages = useTranslations();
  const { view, update } = useComparisonView();
  const indicator = view.ind;
  const label = (id: IndicatorId) => messages(indicatorKey(id, "label"));
  return (
    <div className="flex flex-col gap-4">
      <label className="flex flex-wrap items-center gap-2 text-sm">
        <span className="font-semibold">{t("indicator")}</span>
        <select
          value={indicator}
          onChange={(event) => update({ ind: event.target.value as IndicatorId })}
          className="max-w-full rounded border border-slate-300 px-2 py-1"
        >
          {INDICATOR_IDS.map((id) => (
            <option key={id} value={id}>
              {label(id)}
            </option>
          ))}
        </select>
      </label>
      <div className="grid gap-4 lg:grid-cols-2">
        <IndicatorBars rows={rows} total={total} indicator={indicator} />
        <TileMap rows={rows} indicator={indicator} placeCode={placeCode} />
        <TrendLines trend={trend} totalLabel={totalLabel} />
        <CoverageScatter rows={rows} total={total} />
      </div>
    </div>
  );
}

function IndicatorBars({
  rows,
  total,
  indicator,
}: {
  rows: ComparisonRow[];
  total: IndicatorFacts;
  indicator: IndicatorId;
}) {
  const t = useTranslations("comparison");
  const messages = useTranslations();
  const entry = INDICATORS[indicator];
  const share = useShareText(entry);
  const figures = useTranslations("figures");
  const unit = entry.format === "percent" ? "%" : t("ratio");
  const data = rows
    .map((row) => ({ name: shortName(row.name), ...indicatorValue(indicator, row.facts) }))
    .map((row) => ({ ...row, percent: figureNumber(entry, row.share) }))
    .sort((a, b) => (b.percent ?? -1) - (a.percent ?? -1));
  const average = indicatorValue(indicator, total).share;
  return (
    <ChartFrame
      title={t("barTitle", { indicator: messages(indicatorKey(indicator, "label")) })}
      tableLabel={t("showTable")}
      table={
        <WhenOpen
          render={() => (
            <DataTable
              head={["", unit, t("numerator"), t("denominator")]}
              rows={data.map((row) =>
                row.state === "NO_DATA"
                  ? [row.name, figures("noData"), "", ""]
                  : [row.name, share(row.share), row.numerator, row.denominator],
              )}
            />
          )}
        />
      }
    >
      <div className="h-full overflow-y-auto">
        <div style={{ height: Math.max(240, data.length * 22 + 54) }}>
          <IndicatorBarsDrawing data={data} indicator={indicator} average={average} unit={unit} />
        </div>
      </div>
    </ChartFrame>
  );
}

function TrendLines({ trend, totalLabel }: { trend: TrendSeries; totalLabel: string }) {
  const t = useTranslations("comparison");
  const many = trend.series.length > 12;
  return (
    <ChartFrame
      title={t("trendTitle")}
      tableLabel={t("showTable")}
      table={
        <WhenOpen
          render={() => (
            <DataTable
              head={[t("month"), ...trend.series.map((series) => series.name), totalLabel]}
              rows={trend.months.map((month, index) => [
                month,
                ...trend.series.map((series) => series.values[index] ?? 0),
                trend.total[index] ?? 0,
              ])}
            />
          )}
        />
      }
    >
      <TrendLinesDrawing trend={trend} totalLabel={totalLabel} many={many} />
    </ChartFrame>
  );
}

function CoverageScatter({ rows, total }: { rows: ComparisonRow[]; total: IndicatorFacts }) {
  const t = useTranslations("comparison");
  const messages = useTranslations();
  const x = (facts: IndicatorFacts) => pct(indicatorValue("pustuCoverage", facts).share);
  const y = (facts: IndicatorFacts) => pct(indicatorValue("puskesmasIlp", facts).share);
  const points = rows.flatMap((row) =>
    x(row.facts) === null || y(row.facts) === null
      ? []
      : [{ name: shortName(row.name), x: x(row.facts)!, y: y(row.facts)! }],
  );
  const xLabel = messages(indicatorKey("pustuCoverage", "label"));
  const yLabel = messages(indicatorKey("puskesmasIlp", "label"));
  return (
    <ChartFrame
      title={t("scatterTitle")}
      note={t("scatterHint")}
      tableLabel={t("showTable")}
      table={
        <WhenOpen
          render={() => (
            <DataTable
              head={["", `${xLabel} (%)`, `${yLabel} (%)`]}
              rows={points.map((point) => [point.name, point.x, point.y])}
            />
          )}
        />
      }
    >
      <CoverageScatterDrawing points={points} xLabel={xLabel} yLabel={yLabel} totalX={x(total)} totalY={y(total)} />
    </ChartFrame>
  );
}

function TileMap({
  rows,
  indicator,
  placeCode,
}: {
  rows: ComparisonRow[];
  indicator: IndicatorId;
  placeCode: string | null;
}) {
  const t = useTranslations("comparison");
  const messages = useTranslations();
  const entry = INDICATORS[indicator];
  const share = useShareText(entry);
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const labels = tileLabels(rows.map((row) => row.name));
  const layout = tileLayout(
    placeCode,
    rows.map((row) => row.code),
  );
  const colour = (value: number | null) => {
    const step = figureStep(entry, value);
    return step === null ? "#e2e8f0" : SCALE[step];
  };
  // The legend: each interval between the entry's step boundaries, in share order.
  const bounds = [0, ...entry.colour.steps];
  const interval = (index: number) =>
    entry.format === "percent"
      ? `${Math.round(bounds[index]! * 100)}–${Math.round((bounds[index + 1] ?? 1) * 100)}%`
      : index + 1 < bounds.length
        ? `${share(bounds[index]!)}–${share(bounds[index + 1]!)}`
        : `≥ ${share(bounds[index]!)}`;
  return (
    <figure className="flex min-w-0 flex-col gap-2 rounded border border-slate-200 bg-white p-4">
      <figcaption className="font-semibold">
        {t("mapTitle", { indicator: messages(indicatorKey(indicator, "label")) })}
      </figcaption>
      <div className="overflow-x-auto">
        <div
          role="list"
          className="grid gap-1"
          style={{
            gridTemplateColumns: `repeat(${layout.columns}, minmax(3.25rem, 1fr))`,
            gridTemplateRows: `repeat(${layout.rows}, 3.25rem)`,
          }}
        >
          {layout.tiles.map((tile) => {
            const row = byCode.get(tile.code)!;
            const value = indicatorValue(indicator, row.facts);
            return (
              <Link
                role="listitem"
                key={tile.code}
                href={row.href}
                title={`${row.name}: ${share(value.share)} (${t("ofTotal", { numerator: value.numerator, denominator: value.denominator })})`}
                aria-label={`${row.name}: ${value.share === null ? t("mapNoData") : share(value.share)}`}
                style={{ gridColumn: tile.column + 1, gridRow: tile.row + 1, background: colour(value.share) }}
                className="flex flex-col justify-center overflow-hidden rounded px-1 text-center text-[10px] leading-tight text-slate-900 ring-1 ring-slate-300 hover:ring-2 hover:ring-brand-600"
              >
                <span className="line-clamp-2 break-words font-semibold">{labels.get(row.name)}</span>
                <span>{value.share === null ? t("mapNoData") : share(value.share)}</span>
              </Link>
            );
          })}
        </div>
      </div>
      <p className="flex flex-wrap items-center gap-1 text-xs text-slate-600">
        {bounds.map((bound, index) => (
          <span key={bound} className="inline-flex items-center gap-1">
            <span
              className="inline-block h-3 w-5 rounded-sm ring-1 ring-slate-300"
              style={{ background: colour(bound) }}
            />
            {interval(index)}
          </span>
        ))}
        <span className="inline-flex items-center gap-1">
          <span className="inline-block h-3 w-5 rounded-sm ring-1 ring-slate-300" style={{ background: "#e2e8f0" }} />
          {t("mapNoData")}
        </span>
      </p>
      <p className="text-xs text-slate-600">{t("mapHint")}</p>
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">{t("showTable")}</summary>
        <WhenOpen
          render={() => (
            <DataTable
              head={["", entry.format === "percent" ? "%" : t("ratio")]}
              rows={rows.map((row) => [row.name, share(indicatorValue(indicator, row.facts).share)])}
            />
          )}
        />
      </details>
    </figure>
  );
}
