"use client";

import Link from "next/link";
import { useMemo } from "react";
import { useFormatter, useTranslations } from "next-intl";
import {
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Scatter,
  ScatterChart,
  Tooltip,
  XAxis,
  YAxis,
  ZAxis,
} from "recharts";
import { ChartFrame, DataTable } from "@/lib/dashboard/components/chart-frame";
import {
  figureNumber,
  figureStep,
  figureText,
  INDICATOR_IDS,
  INDICATORS,
  indicatorKey,
  indicatorValue,
  type IndicatorEntry,
  type IndicatorFacts,
  type IndicatorId,
} from "@/lib/indicators/definitions";
import type { TrendSeries } from "../queries";
import { withFullFigures, type ComparisonRow } from "../table";
import { tileLabels } from "../tile-labels";
import { tileLayout } from "../tile-layout";
import { IndicatorDefinition } from "./indicator-tip";
import { useComparisonView } from "./use-comparison-view";

const PALETTE = [
  "#0f766e",
  "#b45309",
  "#1d4ed8",
  "#be123c",
  "#4d7c0f",
  "#7c3aed",
  "#0369a1",
  "#a16207",
  "#9d174d",
  "#15803d",
  "#4338ca",
  "#c2410c",
];
/** Sequential greens for the tile map, worst first (the step of a share: the entry's colour rule). */
const SCALE = ["#fef3c7", "#d9f99d", "#86efac", "#22c55e", "#15803d"];
const pct = (share: number | null) => (share === null ? null : Math.round(share * 1000) / 10);
/** "Kabupaten Rejang Lebong" → "Rejang Lebong" where space is short; "Kota …" stays, it tells the city from the province. */
const shortName = (name: string) => name.replace(/^Kabupaten\s+/, "");

type Props = {
  rows: ComparisonRow[];
  total: IndicatorFacts;
  trend: TrendSeries;
  placeCode: string | null;
  totalLabel: string;
};

/** The comparison charts: bar on a chosen indicator, adoption trends with the total, a scatter and a tile map; each with a table. */
export function ComparisonCharts({ rows: sentRows, total, trend, placeCode, totalLabel }: Props) {
  const rows = useMemo(() => withFullFigures(sentRows), [sentRows]);
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

/** A figure as its indicator's format writes it ("–" without one). */
function useShareText(entry: Pick<IndicatorEntry, "format">) {
  const format = useFormatter();
  return (share: number | null) => (share === null ? "–" : figureText(entry, share, format.number, 1));
}

function DefinitionTooltip({
  active,
  payload,
  indicator,
}: {
  active?: boolean;
  payload?: { payload: { name: string; numerator: number; denominator: number; share: number | null } }[];
  indicator: IndicatorId;
}) {
  const t = useTranslations("comparison");
  const share = useShareText(INDICATORS[indicator]);
  const point = payload?.[0]?.payload;
  if (!active || !point) return null;
  return (
    <div className="max-w-xs rounded border border-slate-200 bg-white p-2 text-xs shadow">
      <p className="font-semibold">{point.name}</p>
      <p>
        {share(point.share)} · {t("ofTotal", { numerator: point.numerator, denominator: point.denominator })}
      </p>
      <div className="mt-1 text-slate-600">
        <IndicatorDefinition id={indicator} />
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
        <DataTable
          head={["", unit, t("numerator"), t("denominator")]}
          rows={data.map((row) =>
            row.state === "NO_DATA"
              ? [row.name, figures("noData"), "", ""]
              : [row.name, share(row.share), row.numerator, row.denominator],
          )}
        />
      }
    >
      <div className="h-full overflow-y-auto">
        <div style={{ height: Math.max(240, data.length * 22 + 54) }}>
          <ResponsiveContainer width="100%" height="100%">
            <BarChart data={data} layout="vertical" margin={{ top: 22, right: 24, bottom: 8, left: 8 }}>
              <CartesianGrid strokeDasharray="3 3" />
              <XAxis
                type="number"
                domain={entry.format === "percent" ? [0, 100] : [0, "auto"]}
                unit={entry.format === "percent" ? "%" : undefined}
                fontSize={11}
              />
              <YAxis
                type="category"
                dataKey="name"
                width={120}
                fontSize={11}
                interval={0}
                tickFormatter={(name: string) => (name.length > 18 ? `${name.slice(0, 17)}…` : name)}
              />
              <Tooltip content={<DefinitionTooltip indicator={indicator} />} />
              {average !== null && (
                <ReferenceLine
                  x={figureNumber(entry, average)!}
                  stroke="#b91c1c"
                  strokeDasharray="4 4"
                  label={{
                    value: t("average", { value: share(average) }),
                    fontSize: 11,
                    position: "top",
                    fill: "#b91c1c",
                  }}
                />
              )}
              <Bar dataKey="percent" name={unit} fill="#0f766e" />
            </BarChart>
          </ResponsiveContainer>
        </div>
      </div>
    </ChartFrame>
  );
}

function TrendLines({ trend, totalLabel }: { trend: TrendSeries; totalLabel: string }) {
  const t = useTranslations("comparison");
  const data = trend.months.map((month, index) => ({
    month: month.slice(0, 7),
    total: trend.total[index],
    ...Object.fromEntries(trend.series.map((series) => [series.code, series.values[index]])),
  }));
  const many = trend.series.length > 12;
  return (
    <ChartFrame
      title={t("trendTitle")}
      tableLabel={t("showTable")}
      table={
        <DataTable
          head={[t("month"), ...trend.series.map((series) => series.name), totalLabel]}
          rows={trend.months.map((month, index) => [
            month,
            ...trend.series.map((series) => series.values[index] ?? 0),
            trend.total[index] ?? 0,
          ])}
        />
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" fontSize={11} minTickGap={24} />
          <YAxis allowDecimals={false} fontSize={11} />
          <Tooltip wrapperStyle={{ fontSize: 11 }} />
          {!many && <Legend wrapperStyle={{ fontSize: 11 }} />}
          {trend.series.map((series, index) => (
            <Line
              key={series.code}
              type="stepAfter"
              dataKey={series.code}
              name={series.name}
              stroke={PALETTE[index % PALETTE.length]}
              strokeWidth={1.2}
              dot={false}
            />
          ))}
          <Line type="stepAfter" dataKey="total" name={totalLabel} stroke="#0f172a" strokeWidth={3} dot={false} />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}

function CoverageScatter({ rows, total }: { rows: ComparisonRow[]; total: IndicatorFacts }) {
  const t = useTranslations("comparison");
  const messages = useTranslations();
  const share = useShareText(INDICATORS.puskesmasIlp);
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
        <DataTable
          head={["", `${xLabel} (%)`, `${yLabel} (%)`]}
          rows={points.map((point) => [point.name, point.x, point.y])}
        />
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <ScatterChart margin={{ top: 8, right: 16, bottom: 24, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis
            type="number"
            dataKey="x"
            name={xLabel}
            unit="%"
            domain={[0, 100]}
            fontSize={11}
            label={{ value: xLabel, position: "insideBottom", offset: -12, fontSize: 11 }}
          />
          <YAxis type="number" dataKey="y" name={yLabel} unit="%" domain={[0, 100]} fontSize={11} width={44} />
          <ZAxis range={[60, 60]} />
          {x(total) !== null && <ReferenceLine x={x(total)!} stroke="#94a3b8" strokeDasharray="4 4" />}
          {y(total) !== null && <ReferenceLine y={y(total)!} stroke="#94a3b8" strokeDasharray="4 4" />}
          <Tooltip
            content={({ active, payload }) => {
              const point = payload?.[0]?.payload as { name: string; x: number; y: number } | undefined;
              if (!active || !point) return null;
              return (
                <div className="max-w-xs rounded border border-slate-200 bg-white p-2 text-xs shadow">
                  <p className="font-semibold">{point.name}</p>
                  <p>
                    {xLabel}: {share(point.x / 100)}
                  </p>
                  <p>
                    {yLabel}: {share(point.y / 100)}
                  </p>
                  <div className="mt-1 flex flex-col gap-1 text-slate-600">
                    <IndicatorDefinition id="pustuCoverage" />
                    <IndicatorDefinition id="puskesmasIlp" />
                  </div>
                </div>
              );
            }}
          />
          <Scatter data={points} fill="#0f766e" />
        </ScatterChart>
      </ResponsiveContainer>
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
        <DataTable
          head={["", entry.format === "percent" ? "%" : t("ratio")]}
          rows={rows.map((row) => [row.name, share(indicatorValue(indicator, row.facts).share)])}
        />
      </details>
    </figure>
  );
}
