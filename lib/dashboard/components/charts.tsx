"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { STAGES } from "@/lib/rollout/stages";
import type { DistrictDashboard } from "../queries";
import { ChartFrame, DataTable } from "./chart-frame";

// The drawings (Recharts, the largest part of the page's JavaScript) load after the page, in the
// browser only: the page, its figures and each chart's data table arrive without them, and the
// chart's box keeps its size meanwhile. Recharts draws nothing on the server anyway (it needs the
// box's width).
const drawings = () => import("./chart-drawings");
const StageTrendDrawing = dynamic(() => drawings().then((loaded) => loaded.StageTrendDrawing), { ssr: false });
const StageFunnelDrawing = dynamic(() => drawings().then((loaded) => loaded.StageFunnelDrawing), { ssr: false });
const ActivitiesDrawing = dynamic(() => drawings().then((loaded) => loaded.ActivitiesDrawing), { ssr: false });

/** Open puskesmas by stage at each month end, stacked: every stage, with the target for Menerapkan as a line. */
export function StageTrendChart({ trend, target }: { trend: DistrictDashboard["stageTrend"]; target: number | null }) {
  const t = useTranslations();
  const data = trend.map((point) => ({ month: point.month.slice(0, 7), ...point.counts }));
  return (
    <ChartFrame
      title={t("dashboard.stageTrendTitle")}
      tableLabel={t("dashboard.showTable")}
      note={target !== null ? t("dashboard.stageTrendTarget", { target }) : undefined}
      table={
        <DataTable
          head={[t("dashboard.month"), ...STAGES.map((stage) => t(`stage.${stage}`))]}
          rows={trend.map((point) => [point.month, ...STAGES.map((stage) => point.counts[stage])])}
        />
      }
    >
      <StageTrendDrawing data={data} target={target} />
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
      <StageFunnelDrawing data={data} />
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
      <ActivitiesDrawing activities={activities} />
    </ChartFrame>
  );
}
