import { getFormatter, getTranslations } from "next-intl/server";
import { ProgressBar } from "@/components/ui/progress-bar";
import { freshness, staleDaysSetting } from "@/lib/indicators/freshness";
import type { DistrictDashboard } from "../queries";

const STATUS_TONE = {
  MET: "bg-emerald-100 text-emerald-800",
  ON_TRACK: "bg-emerald-100 text-emerald-800",
  AT_RISK: "bg-amber-100 text-amber-900",
  OFF_TRACK: "bg-red-100 text-red-800",
  MISSED: "bg-red-100 text-red-800",
} as const;

/**
 * The district's targets with progress and a projection. A verdict (off track,
 * deadline missed) needs current data: when the stage data behind the targets
 * was last updated more than DATA_STALE_DAYS before the date, the card says
 * when, and "tidak dapat diproyeksikan", instead.
 */
export async function TargetProgressCards({
  targets,
  stagesUpdated,
  asOf,
}: {
  targets: DistrictDashboard["targets"];
  stagesUpdated: string | null;
  asOf: Date;
}) {
  const t = await getTranslations();
  const format = await getFormatter();
  if (targets.length === 0) return <p className="text-slate-600">{t("district.noTargets")}</p>;
  const staleDays = staleDaysSetting();
  const current = freshness(stagesUpdated, asOf, staleDays).current;
  const updatedText = stagesUpdated
    ? t("figures.lastUpdated", {
        date: format.dateTime(new Date(`${stagesUpdated}T00:00:00Z`), { dateStyle: "long", timeZone: "UTC" }),
      })
    : t("figures.neverUpdated");
  return (
    <div className="flex flex-col gap-2">
      <ul className="grid gap-3 md:grid-cols-2">
        {targets.map((target) => {
          const { achieved, target: goal, daysLeft, met } = target.progress;
          const headline = t(`targetKind.${target.kind}`, { achieved, target: goal });
          const share = format.number(achieved / goal, { style: "percent", maximumFractionDigits: 1 });
          const judged = current || met;
          return (
            <li
              key={target.id}
              className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-4"
              data-testid="target-card"
              data-judged={judged ? "yes" : "no"}
            >
              <p className="text-lg font-semibold">
                {headline} <span className="text-base font-normal text-slate-600">({share})</span>
              </p>
              <ProgressBar percent={target.progress.percent} label={headline} />
              <p className="flex flex-wrap items-center gap-2 text-sm text-slate-600">
                {judged ? (
                  <span
                    className={`rounded-full px-2 py-0.5 text-xs font-semibold ${STATUS_TONE[target.projection.status]}`}
                  >
                    {t(`projection.${target.projection.status}`)}
                  </span>
                ) : (
                  <span
                    className="rounded-full bg-slate-100 px-2 py-0.5 text-xs font-semibold text-slate-700"
                    data-testid="unprojectable"
                  >
                    {t("figures.unprojectable")}
                  </span>
                )}
                <span>
                  {target.year} ·{" "}
                  {t("district.deadline", {
                    date: format.dateTime(target.deadline, { dateStyle: "long", timeZone: "UTC" }),
                  })}
                  {judged &&
                    ` · ${met ? t("district.met") : daysLeft >= 0 ? t("district.daysLeft", { days: daysLeft }) : t("district.overdue", { days: -daysLeft })}`}
                </span>
              </p>
              {judged ? (
                <p className="text-sm">
                  {t("projection.detail", {
                    pace: format.number(target.projection.pacePerMonth, { maximumFractionDigits: 1 }),
                    projected: format.number(target.projection.projected, { maximumFractionDigits: 1 }),
                  })}
                </p>
              ) : (
                <p className="text-sm text-slate-700">{updatedText}</p>
              )}
              {target.note && <p className="text-sm text-slate-700">{target.note}</p>}
              {target.source && (
                <p className="text-xs text-slate-500">{t("district.source", { source: target.source })}</p>
              )}
            </li>
          );
        })}
      </ul>
      <p className="text-xs text-slate-500">
        {t("projection.method")} {t("figures.staleHint", { days: staleDays })}
      </p>
    </div>
  );
}
