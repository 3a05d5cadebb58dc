"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useServerAction } from "@/components/ui/use-server-action";
import type { FacilityType, IlpStage } from "@/lib/generated/prisma/enums";
import { STAGES, stageRank } from "@/lib/rollout/stages";
import { changeStageAction } from "../actions";
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES } from "../evidence-limits";
import type { ChecklistItem } from "../stage-queries";
import { ChecklistSourceLabel } from "./checklist-source-label";

type Props = {
  facilityId: string;
  facilityType: FacilityType;
  currentStage: IlpStage;
  version: number;
  /** The district's today and the earliest allowed date (DATE_FLOOR or the opening day), YYYY-MM-DD. */
  today: string;
  minDate: string;
  checklist: ChecklistItem[];
  /** A head's own puskesmas: the change is a proposal for the Dinkes to verify. */
  proposal?: boolean;
};

/**
 * Moves one facility to another stage, or proposes it: the stage's checklist with
 * optional evidence per item, the decree for a puskesmas' "Menerapkan ILP", and the
 * version it was opened with, so a concurrent save is caught.
 */
export function StageChangeForm({
  facilityId,
  facilityType,
  currentStage,
  version,
  today,
  minDate,
  checklist,
  proposal = false,
}: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const form = useRef<HTMLFormElement>(null);
  const [tooLarge, setTooLarge] = useState(false);
  const choices = STAGES.filter((stage) => stage !== currentStage);
  const [toStage, setToStage] = useState<IlpStage>(choices[0]!);
  const { run, pending, message } = useServerAction(changeStageAction);
  const id = (name: string) => `${name}-${facilityId}`;
  const items = checklist.filter(
    (item) => item.facilityType === facilityType && stageRank(item.stage) <= stageRank(toStage),
  );
  const needsDecree = facilityType === "PUSKESMAS" && toStage === "MENERAPKAN";
  return (
    <form
      ref={form}
      className="grid gap-3 md:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        if (tooLarge) return;
        run(new FormData(event.currentTarget), {
          successMessage: proposal ? t("stageForm.proposed") : t("stageForm.saved"),
          onSuccess: () => {
            form.current?.reset();
            router.refresh();
          },
        });
      }}
    >
      <input type="hidden" name="facilityId" value={facilityId} />
      <input type="hidden" name="version" value={version} />
      {proposal && <p className="text-sm text-slate-600 md:col-span-2">{t("stageForm.proposeHint")}</p>}
      <Field label={t("stageForm.toStage")} id={id("to-stage")} error={message?.field === "toStage"}>
        <select
          id={id("to-stage")}
          name="toStage"
          value={toStage}
          onChange={(event) => setToStage(event.currentTarget.value as IlpStage)}
        >
          {choices.map((stage) => (
            <option key={stage} value={stage}>
              {t(`stage.${stage}`)}
            </option>
          ))}
        </select>
      </Field>
      <div className="flex flex-col gap-1">
        <Field label={t("stageForm.date")} id={id("date")} error={message?.field === "effectiveDate"}>
          <input
            id={id("date")}
            name="effectiveDate"
            type="date"
            defaultValue={today}
            min={minDate}
            max={today}
            required
            aria-describedby={id("date-range")}
          />
        </Field>
        <p id={id("date-range")} className="text-xs text-slate-500">
          {t("stageForm.dateRange", { min: minDate, today })}
        </p>
      </div>
      <div className="md:col-span-2">
        <Field label={t("stageForm.note")} id={id("note")} error={message?.field === "note"}>
          <textarea id={id("note")} name="note" required rows={2} maxLength={1000} />
        </Field>
      </div>
      <fieldset
        className="flex flex-col gap-2 rounded border border-slate-200 p-3 text-sm md:col-span-2"
        aria-invalid={message?.field === "checklist" || undefined}
      >
        <legend className="px-1 font-medium">{t("stageForm.checklist")}</legend>
        {items.length === 0 && <p className="text-slate-500">{t("stageForm.checklistNone")}</p>}
        {items.map((item) => (
          <div key={item.code} className="flex flex-col gap-1">
            <label className="flex items-start gap-2">
              <input type="checkbox" name="checklist" value={item.code} className="mt-1" />
              <span>
                {locale === "en" ? item.labelEn : item.labelId} <ChecklistSourceLabel source={item.source} />
              </span>
            </label>
            <input
              name={`evidence:${item.code}`}
              aria-label={`${t("stageForm.checklistEvidence")}: ${locale === "en" ? item.labelEn : item.labelId}`}
              placeholder={t("stageForm.checklistEvidence")}
              maxLength={500}
              className="ml-6 rounded border border-slate-300 px-2 py-1"
            />
          </div>
        ))}
      </fieldset>
      {needsDecree && (
        <fieldset className="grid gap-3 rounded border border-amber-300 bg-amber-50 p-3 text-sm md:col-span-2 md:grid-cols-3">
          <legend className="px-1 font-medium">{t("stageForm.decree")}</legend>
          <Field label={t("stageForm.decreeIssuer")} id={id("decree-issuer")} error={message?.field === "decreeIssuer"}>
            <select id={id("decree-issuer")} name="decreeIssuer" required defaultValue="">
              <option value="">{t("stageForm.decreeIssuerChoose")}</option>
              <option value="BUPATI">Bupati</option>
              <option value="KEPALA_DINAS">Kepala Dinas</option>
            </select>
          </Field>
          <Field label={t("stageForm.decreeNumber")} id={id("decree-number")} error={message?.field === "decreeNumber"}>
            <input id={id("decree-number")} name="decreeNumber" required maxLength={120} />
          </Field>
          <Field label={t("stageForm.decreeDate")} id={id("decree-date")} error={message?.field === "decreeDate"}>
            <input id={id("decree-date")} name="decreeDate" type="date" required min={minDate} max={today} />
          </Field>
        </fieldset>
      )}
      <div className="md:col-span-2">
        <Field label={t("stageForm.evidence")} id={id("evidence")} error={tooLarge || message?.field === "evidence"}>
          <input
            id={id("evidence")}
            name="evidence"
            type="file"
            accept={EVIDENCE_ACCEPT}
            onChange={(event) => setTooLarge((event.currentTarget.files?.[0]?.size ?? 0) > EVIDENCE_MAX_BYTES)}
          />
        </Field>
      </div>
      <div className="flex flex-col gap-2 md:col-span-2">
        <FormMessage
          message={tooLarge ? { tone: "error", text: t("errors.evidenceTooLarge", { max: "5 MB" }) } : message}
        />
        <button
          type="submit"
          disabled={pending || tooLarge}
          className="w-fit rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
        >
          {proposal ? t("stageForm.proposeSubmit") : t("stageForm.submit")}
        </button>
      </div>
    </form>
  );
}
