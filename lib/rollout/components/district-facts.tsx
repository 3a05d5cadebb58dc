import { getFormatter, getTranslations } from "next-intl/server";
import { StageBadge } from "@/components/ui/stage-badge";
import type { DistrictOverview } from "../queries";
import { STAGES } from "../stages";

export async function DistrictFacts({ overview }: { overview: DistrictOverview }) {
  const t = await getTranslations();
  const format = await getFormatter();
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section className="rounded border border-slate-200 bg-white p-4">
        <h2 className="mb-2 font-semibold">{t("district.stages")}</h2>
        <ul className="flex flex-wrap gap-3">
          {STAGES.map((stage) => (
            <li key={stage} className="flex items-center gap-1 text-sm">
              <StageBadge stage={stage} label={t(`stage.${stage}`)} /> <span className="font-semibold">{overview.stageCounts[stage]}</span>
            </li>
          ))}
        </ul>
      </section>
      <section className="rounded border border-slate-200 bg-white p-4 text-sm">
        <h2 className="mb-2 font-semibold">{t("district.facts")}</h2>
        <ul className="flex flex-col gap-1">
          <li>{t("district.puskesmasCount", { count: overview.puskesmasTotal })}</li>
          <li>{t("district.pustuRecorded", { count: overview.pustuRecorded, illustrative: overview.pustuIllustrative })}</li>
          <li>{t("district.desaCount", { count: overview.desaTotal })}</li>
          {overview.figures.map((figure) => (
            <li key={`${figure.metric}-${figure.asOf.toISOString()}`} title={figure.source}>
              {t("district.reported", {
                metric: t(`figureMetric.${figure.metric as "PUSTU"}`),
                value: figure.value,
                date: format.dateTime(figure.asOf, { dateStyle: "medium", timeZone: "UTC" }),
              })}
            </li>
          ))}
        </ul>
      </section>
      <section className="rounded border border-slate-200 bg-white p-4 text-sm md:col-span-2">
        <h2 className="mb-2 font-semibold">{t("district.activities")}</h2>
        {overview.activities.length === 0 ? (
          <p className="text-slate-600">{t("district.noActivities")}</p>
        ) : (
          <ul className="flex flex-col gap-2">
            {overview.activities.map((activity) => (
              <li key={activity.id}>
                <span className="font-medium">{format.dateTime(activity.date, { dateStyle: "medium", timeZone: "UTC" })}</span> ·{" "}
                {t(`activityType.${activity.type as "SOSIALISASI"}`)} · {activity.title}
                {activity.place ? ` · ${activity.place}` : ""} ·{" "}
                {activity.participantCount === null ? t("district.participantsUnknown") : t("district.participants", { count: activity.participantCount })} ·{" "}
                {t("district.facilitiesInvolved", { count: activity.facilityCount })}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
