"use client";

// The Recharts drawings of the district dashboard's charts (charts.tsx loads this file lazily).
import { useTranslations } from "next-intl";
import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { IlpStage } from "@/lib/generated/prisma/enums";
import { STAGES } from "@/lib/rollout/stages";
import type { DistrictDashboard } from "../queries";

const STAGE_COLOURS: Record<IlpStage, string> = {
  BELUM: "#cbd5e1",
  PERSIAPAN: "#fbbf24",
  UJI_COBA: "#38bdf8",
  MENERAPKAN: "#059669",
};

export function StageTrendDrawing({
  data,
  target,
}: {
  data: Record<string, string | number>[];
  target: number | null;
}) {
  const t = useTranslations();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <AreaChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" fontSize={12} />
        <YAxis allowDecimals={false} fontSize={12} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {/* Menerapkan at the bottom of the stack, so the target line reads against its top edge. */}
        {[...STAGES].reverse().map((stage) => (
          <Area
            key={stage}
            type="stepAfter"
            dataKey={stage}
            name={t(`stage.${stage}`)}
            stackId="stage"
            stroke={STAGE_COLOURS[stage]}
            fill={STAGE_COLOURS[stage]}
            fillOpacity={0.85}
            isAnimationActive={false}
          />
        ))}
        {target !== null && (
          <ReferenceLine
            y={target}
            stroke="#b91c1c"
            strokeDasharray="4 4"
            label={{ value: t("dashboard.targetLine", { target }), fontSize: 12, position: "insideTopLeft" }}
          />
        )}
      </AreaChart>
    </ResponsiveContainer>
  );
}

export function StageFunnelDrawing({ data }: { data: Record<string, string | number>[] }) {
  const t = useTranslations();
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={data} layout="vertical" margin={{ top: 8, right: 16, bottom: 8, left: 8 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis type="number" allowDecimals={false} fontSize={12} />
        <YAxis type="category" dataKey="type" width={80} fontSize={12} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        {STAGES.map((stage) => (
          <Bar key={stage} dataKey={stage} name={t(`stage.${stage}`)} stackId="stage" fill={STAGE_COLOURS[stage]} />
        ))}
      </BarChart>
    </ResponsiveContainer>
  );
}

export function ActivitiesDrawing({ activities }: { activities: DistrictDashboard["activities"] }) {
  const t = useTranslations("dashboard");
  return (
    <ResponsiveContainer width="100%" height="100%">
      <BarChart data={activities} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
        <CartesianGrid strokeDasharray="3 3" />
        <XAxis dataKey="month" fontSize={12} />
        <YAxis yAxisId="count" allowDecimals={false} fontSize={12} />
        <YAxis yAxisId="people" orientation="right" allowDecimals={false} fontSize={12} />
        <Tooltip />
        <Legend wrapperStyle={{ fontSize: 12 }} />
        <Bar yAxisId="count" dataKey="count" name={t("activityCount")} fill="#0284c7" />
        <Bar yAxisId="people" dataKey="participants" name={t("participants")} fill="#a78bfa" />
      </BarChart>
    </ResponsiveContainer>
  );
}
