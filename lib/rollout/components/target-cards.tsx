import { getFormatter, getTranslations } from "next-intl/server";
import { ProgressBar } from "@/components/ui/progress-bar";
import type { DistrictOverview } from "../queries";

export async function TargetCards({ targets }: { targets: DistrictOverview["targets"] }) {
  const t = await getTranslations("district");
  const tk = await getTranslations("targetKind");
  const format = await getFormatter();
  if (targets.length === 0) return <p className="text-slate-600">{t("noTargets")}</p>;
  return (
    <ul className="grid gap-3 md:grid-cols-2">
      {targets.map((target) => {
        const headline = tk(target.kind as "PUSKESMAS_MENERAPKAN", { achieved: target.progress.achieved, target: target.progress.target });
        const { daysLeft, met } = target.progress;
        return (
          <li key={target.id} className="flex flex-col gap-2 rounded border border-slate-200 bg-white p-4" data-testid="target-card">
            <p className="text-lg font-semibold">{headline}</p>
            <ProgressBar percent={target.progress.percent} label={headline} />
            <p className="text-sm text-slate-600">
              {target.year} · {t("deadline", { date: format.dateTime(target.deadline, { dateStyle: "long", timeZone: "UTC" }) })} ·{" "}
              {met ? t("met") : daysLeft >= 0 ? t("daysLeft", { days: daysLeft }) : t("overdue", { days: -daysLeft })}
            </p>
            {target.note && <p className="text-sm">{target.note}</p>}
            {target.source && <p className="text-xs text-slate-500">{t("source", { source: target.source })}</p>}
          </li>
        );
      })}
    </ul>
  );
}
