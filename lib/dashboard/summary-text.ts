import "server-only";
import { getTranslations } from "next-intl/server";
import { STAGES } from "@/lib/rollout/stages";
import { formatIndonesianDate, zoneAbbreviation, type IndonesianTimeZone } from "@/lib/dates";
import type { DistrictDashboard } from "./queries";

/**
 * The district in a few lines to paste into WhatsApp: puskesmas by stage, each
 * target's progress and deadline, the as-of date in the district's zone. Always in
 * Bahasa Indonesia (it is forwarded to people who never opened the app).
 */
export async function districtSummaryText(input: {
  districtName: string;
  dashboard: Pick<DistrictDashboard, "asOf" | "funnel" | "targets">;
  timeZone: IndonesianTimeZone;
  isIllustrative: boolean;
}): Promise<string> {
  const t = await getTranslations({ locale: "id" });
  const percent = new Intl.NumberFormat("id-ID", { style: "percent", maximumFractionDigits: 1 });
  const puskesmas = input.dashboard.funnel.find((row) => row.type === "PUSKESMAS")!.counts;
  const total = STAGES.reduce((sum, stage) => sum + puskesmas[stage], 0);
  const lines = [
    t("summary.heading", {
      district: input.districtName,
      date: formatIndonesianDate(input.dashboard.asOf),
      zone: zoneAbbreviation(input.timeZone),
    }),
    t("summary.stages", {
      total,
      stages: [...STAGES]
        .reverse()
        .map((stage) => `${t(`stage.${stage}`)} ${puskesmas[stage]}`)
        .join(", "),
    }),
    ...(input.dashboard.targets.length === 0
      ? [t("summary.noTargets")]
      : input.dashboard.targets.map((target) =>
          t("summary.target", {
            year: target.year,
            progress: t(`targetKind.${target.kind}`, {
              achieved: target.progress.achieved,
              target: target.progress.target,
            }),
            share: percent.format(target.progress.achieved / target.progress.target),
            deadline: formatIndonesianDate(target.deadline),
          }),
        )),
    ...(input.isIllustrative ? [t("summary.illustrative")] : []),
    t("summary.source"),
  ];
  return lines.join("\n");
}
