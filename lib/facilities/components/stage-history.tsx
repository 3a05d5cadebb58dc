import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { PageNotice } from "@/components/ui/page-notice";
import { formatIndonesianDateTime, toIsoDate, type IndonesianTimeZone } from "@/lib/dates";
import type { StageHistoryEntry } from "../queries";
import type { ChecklistItem } from "../stage-queries";
import { CorrectEntryForm, ReviewProposalForm } from "./stage-entry-tools";

type Props = {
  history: StageHistoryEntry[];
  /** For a planner's tools: review proposals, correct and void verified entries. */
  planner?: { version: number; today: string; minDate: string; facilityType: string; noticeScope: string } | null;
  checklist?: ChecklistItem[];
  timeZone?: IndonesianTimeZone;
};

/**
 * The stage history, every entry kept: proposals "menunggu verifikasi", returned
 * ones with the planner's reason, corrected and voided ones marked with who, when
 * and why (they no longer count), each with its checklist, decree and evidence.
 */
export async function StageHistory({ history, planner = null, checklist = [], timeZone = "Asia/Jakarta" }: Props) {
  const t = await getTranslations();
  const format = await getFormatter();
  const locale = await getLocale();
  if (history.length === 0) return <p className="text-sm text-slate-600">{t("puskesmas.noHistory")}</p>;
  const label = (code: string) => {
    const item = checklist.find((candidate) => candidate.code === code);
    return item ? (locale === "en" ? item.labelEn : item.labelId) : code;
  };
  const at = (instant: Date) => formatIndonesianDateTime(instant, timeZone);
  return (
    <>
      {planner && <PageNotice scope={planner.noticeScope} />}
      <ol className="flex flex-col gap-2 text-sm">
        {history.map((change) => {
          const counts = change.status === "VERIFIED" && !change.retraction;
          return (
            <li
              key={change.id}
              data-testid="stage-entry"
              data-status={change.retraction ? change.retraction.kind : change.status}
              className={counts ? "" : "text-slate-500"}
            >
              <span className={`font-medium ${change.retraction ? "line-through" : ""}`}>
                {format.dateTime(change.effectiveDate, { dateStyle: "medium", timeZone: "UTC" })}
              </span>{" "}
              ·{" "}
              <span className={change.retraction ? "line-through" : ""}>
                {change.fromStage ? t(`stage.${change.fromStage}`) : "–"} → {t(`stage.${change.toStage}`)}
              </span>{" "}
              · {change.note}
              {change.status !== "VERIFIED" && (
                <>
                  {" "}
                  <Badge tone="amber">{t(`stageForm.status${change.status}`)}</Badge>
                </>
              )}
              {change.retraction && (
                <>
                  {" "}
                  <Badge tone="violet">{t(`stageForm.retracted${change.retraction.kind}`)}</Badge>
                </>
              )}
              {change.changedBy && (
                <span className="text-slate-500">
                  {" "}
                  ·{" "}
                  {change.status !== "VERIFIED" || (change.reviewedBy && change.reviewedBy !== change.changedBy)
                    ? t("stageForm.proposedBy", { name: change.changedBy })
                    : t("stageForm.by", { name: change.changedBy })}
                </span>
              )}
              {change.evidence.map((file) => (
                <a key={file.id} href={`/api/bukti/${file.id}`} className="ml-2 text-brand-700 underline">
                  {t("stageForm.evidenceLink", { name: file.fileName })}
                </a>
              ))}
              {change.correctsId && <span className="block text-xs text-slate-500">{t("stageForm.correction")}</span>}
              {change.decree && (
                <span className="block text-xs text-slate-600">
                  {t("stageForm.decreeShown", {
                    issuer: change.decree.issuer,
                    number: change.decree.number,
                    date: format.dateTime(change.decree.date, { dateStyle: "medium", timeZone: "UTC" }),
                  })}
                </span>
              )}
              {change.checklist.length > 0 && (
                <span className="block text-xs text-slate-600">
                  {t("stageForm.checklistMet", {
                    items: change.checklist
                      .map((item) => (item.evidence ? `${label(item.code)} (${item.evidence})` : label(item.code)))
                      .join("; "),
                  })}
                </span>
              )}
              {change.status === "VERIFIED" &&
                change.reviewedBy &&
                change.reviewedAt &&
                change.reviewedBy !== change.changedBy && (
                  <span className="block text-xs text-slate-500">
                    {t("stageForm.verifiedBy", { name: change.reviewedBy, at: at(change.reviewedAt) })}
                  </span>
                )}
              {change.status === "RETURNED" && change.reviewedAt && (
                <span className="block text-xs text-amber-800">
                  {t("stageForm.returnedBy", {
                    name: change.reviewedBy ?? "-",
                    at: at(change.reviewedAt),
                    reason: change.reviewNote ?? "",
                  })}
                </span>
              )}
              {change.retraction && (
                <span className="block text-xs text-violet-800">
                  {t("stageForm.retractedBy", {
                    kind: change.retraction.kind,
                    name: change.retraction.by ?? "-",
                    at: at(change.retraction.at),
                    reason: change.retraction.reason,
                  })}
                </span>
              )}
              {change.source && (
                <span className="block text-xs text-slate-500">{t("district.source", { source: change.source })}</span>
              )}
              {planner && change.status === "PROPOSED" && (
                <ReviewProposalForm changeId={change.id} noticeScope={planner.noticeScope} />
              )}
              {planner && counts && (
                <CorrectEntryForm
                  changeId={change.id}
                  toStage={change.toStage}
                  effectiveDate={toIsoDate(change.effectiveDate)}
                  version={planner.version}
                  today={planner.today}
                  minDate={planner.minDate}
                  askDecree={planner.facilityType === "PUSKESMAS" && !change.decree}
                  noticeScope={planner.noticeScope}
                />
              )}
            </li>
          );
        })}
      </ol>
    </>
  );
}
