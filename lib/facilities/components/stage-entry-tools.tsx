"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import type { IlpStage } from "@/lib/generated/prisma/enums";
import { STAGES } from "@/lib/rollout/stages";
import { correctStageEntryAction, reviewStageProposalAction, voidStageEntryAction } from "../actions";
import { DecreeFields, type Decree } from "./decree-fields";

const button = "w-fit rounded px-3 py-1.5 text-sm font-semibold disabled:opacity-60";

/** A planner's answer to a head's proposal: verify, or return with a reason. */
export function ReviewProposalForm({ changeId, noticeScope }: { changeId: string; noticeScope: string }) {
  const t = useTranslations();
  const [reason, setReason] = useState("");
  const { submit, pending, message, invalid } = useActionForm(reviewStageProposalAction);
  const id = `return-reason-${changeId}`;
  const answer = (decision: "VERIFY" | "RETURN") =>
    submit(
      { changeId, decision, reason },
      // The answered proposal loses this form: the page shows the answer (PageNotice).
      { successMessage: t(decision === "VERIFY" ? "stageForm.verified" : "stageForm.returned"), noticeScope },
    );
  return (
    <div className="mt-2 flex flex-col gap-2 rounded border border-amber-300 bg-amber-50 p-2">
      <Field label={t("stageForm.returnReason")} id={id} error={invalid("reason")}>
        <input id={id} value={reason} maxLength={1000} onChange={(event) => setReason(event.currentTarget.value)} />
      </Field>
      <div className="flex gap-2">
        <button
          type="button"
          disabled={pending}
          onClick={() => answer("VERIFY")}
          className={`${button} bg-brand-700 text-white`}
        >
          {t("stageForm.verify")}
        </button>
        <button
          type="button"
          disabled={pending}
          onClick={() => answer("RETURN")}
          className={`${button} border border-slate-400 bg-white`}
        >
          {t("stageForm.return")}
        </button>
      </div>
      <FormMessage message={message} />
    </div>
  );
}

/** A planner corrects a verified entry's stage or date, or voids it; both need a reason and keep the original, marked. */
export function CorrectEntryForm({
  changeId,
  toStage,
  effectiveDate,
  version,
  today,
  minDate,
  askDecree,
  noticeScope,
}: {
  changeId: string;
  toStage: IlpStage;
  effectiveDate: string;
  version: number;
  today: string;
  minDate: string;
  /** A puskesmas without a decree on this entry: "Menerapkan ILP" then needs one. */
  askDecree: boolean;
  /** The corrected or voided entry loses this form: the page shows the outcome (PageNotice). */
  noticeScope: string;
}) {
  const t = useTranslations();
  const [stage, setStage] = useState<IlpStage>(toStage);
  const [date, setDate] = useState(effectiveDate);
  const [reason, setReason] = useState("");
  const [decree, setDecree] = useState<Decree>({ decreeIssuer: "", decreeNumber: "", decreeDate: "" });
  const correct = useActionForm(correctStageEntryAction);
  const voidEntry = useActionForm(voidStageEntryAction);
  const pending = correct.pending || voidEntry.pending;
  const message = correct.message ?? voidEntry.message;
  const id = (name: string) => `${name}-${changeId}`;
  return (
    <details className="mt-1">
      <summary className="cursor-pointer text-xs text-brand-700">{t("stageForm.correctTitle")}</summary>
      <div className="mt-2 grid gap-2 rounded border border-slate-200 p-2 md:grid-cols-3">
        <SelectField
          label={t("stageForm.correctStage")}
          id={id("stage")}
          value={stage}
          onChange={(event) => setStage(event.currentTarget.value as IlpStage)}
          options={STAGES.map((option) => ({ value: option, label: t(`stage.${option}`) }))}
        />
        <Field label={t("stageForm.correctDate")} id={id("date")} error={message?.field === "effectiveDate"}>
          <input
            id={id("date")}
            type="date"
            value={date}
            min={minDate}
            max={today}
            onChange={(event) => setDate(event.currentTarget.value)}
          />
        </Field>
        <Field label={t("stageForm.correctReason")} id={id("reason")} error={message?.field === "reason"}>
          <input
            id={id("reason")}
            value={reason}
            maxLength={1000}
            onChange={(event) => setReason(event.currentTarget.value)}
          />
        </Field>
        {askDecree && stage === "MENERAPKAN" && (
          <DecreeFields
            id={id}
            invalid={(field) => message?.field === field}
            minDate={minDate}
            today={today}
            decree={decree}
            onChange={setDecree}
          />
        )}
        <div className="flex gap-2 md:col-span-3">
          <button
            type="button"
            disabled={pending}
            className={`${button} bg-brand-700 text-white`}
            onClick={() =>
              correct.submit(
                { changeId, toStage: stage, effectiveDate: date, reason, version, ...decree },
                { successMessage: t("stageForm.corrected"), noticeScope },
              )
            }
          >
            {t("stageForm.correctSubmit")}
          </button>
          <button
            type="button"
            disabled={pending}
            className={`${button} border border-red-400 bg-white text-red-700`}
            onClick={() =>
              voidEntry.submit({ changeId, reason, version }, { successMessage: t("stageForm.voided"), noticeScope })
            }
          >
            {t("stageForm.voidSubmit")}
          </button>
        </div>
        <div className="md:col-span-3">
          <FormMessage message={message} />
        </div>
      </div>
    </details>
  );
}
