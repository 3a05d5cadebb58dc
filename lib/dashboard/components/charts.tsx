"use client";

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
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { IlpStage } from "@/lib/generated/prisma/enums";
import { STAGES } from "@/lib/rollout/stages";
import type { DistrictDashboard } from "../queries";
import { ChartFrame, DataTable } from "./chart-frame";

const STAGE_COLOURS: Record<IlpStage, string> = {
  BELUM: "#cbd5e1",
  PERSIAPAN: "#fbbf24",
  UJI_COBA: "#38bdf8",
  MENERAPKAN: "#059669",
};

export function AdoptionTrendChart({
  trend,
  target,
}: {
  trend: DistrictDashboard["puskesmasTrend"];
  target: number | null;
}) {
  const t = useTranslations("dashboard");
  const data = trend.map((point) => ({ month: point.month.slice(0, 7), implementing: point.implementing }));
  return (
    <ChartFrame
      title={t("trendTitle")}
      tableLabel={t("showTable")}
      table={
        <DataTable
          head={[t("month"), t("implementing")]}
          rows={trend.map((point) => [point.month, point.implementing])}
        />
      }
    >
      <ResponsiveContainer width="100%" height="100%">
        <LineChart data={data} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" />
          <XAxis dataKey="month" fontSize={12} />
          <YAxis allowDecimals={false} fontSize={12} domain={[0, (max: number) => Math.max(max, target ?? 0)]} />
          <Tooltip />
          {target !== null && (
            <ReferenceLine
              y={target}
              stroke="#b91c1c"
              strokeDasharray="4 4"
              label={{ value: t("targetLine", { target }), fontSize: 12, position: "insideTopLeft" }}
            />
          )}
          <Line
            type="stepAfter"
            dataKey="implementing"
            name={t("implementing")}
            stroke="#047857"
            strokeWidth={2}
            dot={false}
          />
        </LineChart>
      </ResponsiveContainer>
    </ChartFrame>
  );
}

export function StageFunnelChart({ funnel }: { funnel: DistrictDashboard["funnel"] }) {
  const t = useTranslations();
  const data = funnel.map((row) => ({ type: t(`facilityType.${row.type}`), ...row.counts }));
  return (
    <ChartFrame
      title={t("dashboard.funnelTitle")}
      tableLabel={t("dashboard.showTable")}
      table={
        <DataTable
          head={["", ...STAGES.map((stage) => t(`stage.${stage}`))]}
          rows={funnel.map((row) => [t(`facilityType.${row.type}`), ...STAGES.map((stage) => row.counts[stage])])}
        />
      }
    >
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
    </ChartFrame>
  );
}

export function ActivitiesChart({ activities }: { activities: DistrictDashboard["activities"] }) {
  const t = useTranslations("dashboard");
  if (activities.length === 0) {
    return (
      <figure className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-4">
        <figcaption className="font-semibold">{t("activitiesTitle")}</figcaption>
        <p className="text-sm text-slate-600">{t("noActivities")}</p>
      </figure>
    );
  }
  return (
    <ChartFrame
      title={t("activitiesTitle")}
      tableLabel={t("showTable")}
      table={
        <DataTable
          head={[t("month"), t("activityCount"), t("participants"), t("participantsUnknown")]}
          rows={activities.map((row) => [row.month, row.count, row.participants, row.participantsUnknown])}
        />
      }
    >
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
    </ChartFrame>
  );
}
