"use client";

import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ActionForm, FormFooter } from "@/components/ui/action-form";
import { Field, SelectField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import type { FacilityType, IlpStage } from "@/lib/generated/prisma/enums";
import { STAGES, stageRank } from "@/lib/rollout/stages";
import { changeStageAction } from "../actions";
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES } from "../evidence-limits";
import type { ChecklistItem } from "../stage-queries";
import { ChecklistSourceLabel } from "./checklist-source-label";
import { DecreeFields } from "./decree-fields";

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
  const [tooLarge, setTooLarge] = useState(false);
  const choices = STAGES.filter((stage) => stage !== currentStage);
  const [toStage, setToStage] = useState<IlpStage>(choices[0]!);
  const { submit, pending, message, invalid } = useActionForm(changeStageAction);
  const id = (name: string) => `${name}-${facilityId}`;
  const items = checklist.filter(
    (item) => item.facilityType === facilityType && stageRank(item.stage) <= stageRank(toStage),
  );
  const needsDecree = facilityType === "PUSKESMAS" && toStage === "MENERAPKAN";
  return (
    <ActionForm
      columns={2}
      onSubmit={(data, form) => {
        if (tooLarge) return;
        submit(data, {
          successMessage: proposal ? t("stageForm.proposed") : t("stageForm.saved"),
          reset: form,
        });
      }}
    >
      <input type="hidden" name="facilityId" value={facilityId} />
      <input type="hidden" name="version" value={version} />
      {proposal && <p className="text-sm text-slate-600 md:col-span-2">{t("stageForm.proposeHint")}</p>}
      <SelectField
        label={t("stageForm.toStage")}
        id={id("to-stage")}
        error={invalid("toStage")}
        name="toStage"
        value={toStage}
        onChange={(event) => setToStage(event.currentTarget.value as IlpStage)}
        options={choices.map((stage) => ({ value: stage, label: t(`stage.${stage}`) }))}
      />
      <div className="flex flex-col gap-1">
        <Field label={t("stageForm.date")} id={id("date")} error={invalid("effectiveDate")}>
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
        <Field label={t("stageForm.note")} id={id("note")} error={invalid("note")}>
          <textarea id={id("note")} name="note" required rows={2} maxLength={1000} />
        </Field>
      </div>
      <fieldset
        className="flex flex-col gap-2 rounded border border-slate-200 p-3 text-sm md:col-span-2"
        aria-invalid={invalid("checklist") || undefined}
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
          <DecreeFields id={id} invalid={invalid} minDate={minDate} today={today} />
        </fieldset>
      )}
      <div className="md:col-span-2">
        <Field label={t("stageForm.evidence")} id={id("evidence")} error={tooLarge || invalid("evidence")}>
          <input
            id={id("evidence")}
            name="evidence"
            type="file"
            accept={EVIDENCE_ACCEPT}
            onChange={(event) => setTooLarge((event.currentTarget.files?.[0]?.size ?? 0) > EVIDENCE_MAX_BYTES)}
          />
        </Field>
      </div>
      <FormFooter
        message={tooLarge ? { tone: "error", text: t("errors.evidenceTooLarge", { max: "5 MB" }) } : message}
        pending={pending || tooLarge}
        label={proposal ? t("stageForm.proposeSubmit") : t("stageForm.submit")}
        columns={2}
      />
    </ActionForm>
  );
}
