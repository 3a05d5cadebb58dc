import { getFormatter, getTranslations } from "next-intl/server";
import type { StageHistoryEntry } from "../queries";

export async function StageHistory({ history }: { history: StageHistoryEntry[] }) {
  const t = await getTranslations();
  const format = await getFormatter();
  if (history.length === 0) return <p className="text-sm text-slate-600">{t("puskesmas.noHistory")}</p>;
  return (
    <ol className="flex flex-col gap-2 text-sm">
      {history.map((change) => (
        <li key={change.id}>
          <span className="font-medium">{format.dateTime(change.effectiveDate, { dateStyle: "medium", timeZone: "UTC" })}</span> ·{" "}
          {change.fromStage ? t(`stage.${change.fromStage}`) : "–"} → {t(`stage.${change.toStage}`)} · {change.note}
          {change.changedBy && <span className="text-slate-500"> · {t("stageForm.by", { name: change.changedBy })}</span>}
          {change.evidence.map((file) => (
            <a key={file.id} href={`/api/bukti/${file.id}`} className="ml-2 text-brand-700 underline">
              {t("stageForm.evidenceLink", { name: file.fileName })}
            </a>
          ))}
          {change.source && <span className="block text-xs text-slate-500">{t("district.source", { source: change.source })}</span>}
        </li>
      ))}
    </ol>
  );
}
