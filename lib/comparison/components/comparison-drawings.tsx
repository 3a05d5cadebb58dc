"use client";

// The Recharts drawings of the comparison charts (comparison-charts.tsx loads this file lazily).
import { useTranslations } from "next-intl";
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
import { figureNumber, INDICATORS, type IndicatorId } from "@/lib/indicators/definitions";
import type { TrendSeries } from "../queries";
import { IndicatorDefinition } from "./indicator-tip";
import { useShareText } from "./share-text";

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

type BarPoint = { name: string; numerator: number; denominator: number; share: number | null; percent: number | null };

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

export function IndicatorBarsDrawing({
  data,
  indicator,
  average,
  unit,
}: {
  data: BarPoint[];
  indicator: IndicatorId;
  average: number | null;
  unit: string;
}) {
  const t = useTranslations("comparison");
  const entry = INDICATORS[indicator];
  const share = useShareText(entry);
  return (
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
  );
}

export function TrendLinesDrawing({
  trend,
  totalLabel,
  many,
}: {
  trend: TrendSeries;
  totalLabel: string;
  many: boolean;
}) {
  // Built here, in the browser only (the drawing is not rendered on the server).
  const series = trend.series;
  const data = trend.months.map((month, index) => ({
    month: month.slice(0, 7),
    total: trend.total[index],
    ...Object.fromEntries(series.map((line) => [line.code, line.values[index]])),
  }));
  return (
    <ResponsiveContainer width="100%" height="100%">
      <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" fontSize={11} minTickGap={24} />
        <YAxis allowDecimals={false} fontSize={11} />
        <Tooltip wrapperStyle={{ fontSize: 11 }} />
        {!many && <Legend wrapperStyle={{ fontSize: 11 }} />}
        {series.map((line, index) => (
          <Line
            key={line.code}
            type="stepAfter"
            dataKey={line.code}
            name={line.name}
            stroke={PALETTE[index % PALETTE.length]}
            strokeWidth={1.2}
            dot={false}
          />
        ))}
        <Line type="stepAfter" dataKey="total" name={totalLabel} stroke="#0f172a" strokeWidth={3} dot={false} />
      </LineChart>
    </ResponsiveContainer>
  );
}

export function CoverageScatterDrawing({
  points,
  xLabel,
  yLabel,
  totalX,
  totalY,
}: {
  points: { name: string; x: number; y: number }[];
  xLabel: string;
  yLabel: string;
  totalX: number | null;
  totalY: number | null;
}) {
  const share = useShareText(INDICATORS.puskesmasIlp);
  return (
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
        {totalX !== null && <ReferenceLine x={totalX} stroke="#94a3b8" strokeDasharray="4 4" />}
        {totalY !== null && <ReferenceLine y={totalY} stroke="#94a3b8" strokeDasharray="4 4" />}
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
  );
}
