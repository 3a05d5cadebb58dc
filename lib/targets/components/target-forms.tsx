"use client";

import { useTranslations } from "next-intl";
import { ActionForm, FormFooter } from "@/components/ui/action-form";
import { Field, SelectField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { CorrectionForm } from "@/lib/corrections/components/correction-form";
import { createTargetAction, updateTargetAction, voidTargetAction } from "../actions";
import { TARGET_KINDS } from "@/lib/enums";

const read = (form: FormData) => ({
  targetCount: Number(form.get("targetCount")),
  deadline: String(form.get("deadline") ?? ""),
  note: String(form.get("note") ?? "").trim() || undefined,
});

/** "Saved", or "saved, but above today's network of N" when the server warned. */
function useSavedMessage(saved: string) {
  const t = useTranslations();
  return (result: { ok: boolean; data?: unknown }) => {
    const warning = (result.data as { warning?: { values: { network: number } } } | undefined)?.warning;
    return warning ? `${saved} ${t("targetForm.aboveNetwork", warning.values)}` : saved;
  };
}

export function CreateTargetForm({ districtCode, year }: { districtCode: string; year: number }) {
  const t = useTranslations();
  const { submit, pending, message, invalid } = useActionForm(createTargetAction);
  const savedMessage = useSavedMessage(t("targetForm.created"));
  return (
    <ActionForm
      columns={3}
      boxed
      title={t("targetForm.createTitle")}
      onSubmit={(data, form) =>
        submit(
          {
            districtCode,
            year: Number(data.get("year")),
            kind: String(data.get("kind")) as (typeof TARGET_KINDS)[number],
            ...read(data),
          },
          { successMessage: savedMessage, reset: form },
        )
      }
    >
      <Field label={t("targetForm.year")} id="target-year" error={invalid("year")}>
        <input id="target-year" name="year" type="number" min={2023} max={2100} defaultValue={year} required />
      </Field>
      <SelectField
        label={t("targetForm.kind")}
        id="target-kind"
        error={invalid("kind")}
        name="kind"
        options={TARGET_KINDS.map((kind) => ({ value: kind, label: t(`targetForm.kinds.${kind}`) }))}
      />
      <TargetFields
        prefix="new"
        defaults={{ targetCount: "", deadline: `${year}-12-31`, note: "" }}
        errorField={message?.field}
      />
      <FormFooter message={message} pending={pending} label={t("targetForm.create")} columns={3} />
    </ActionForm>
  );
}

function TargetFields({
  prefix,
  defaults,
  errorField,
}: {
  prefix: string;
  defaults: { targetCount: number | string; deadline: string; note: string };
  errorField?: string;
}) {
  const t = useTranslations("targetForm");
  return (
    <>
      <Field label={t("count")} id={`${prefix}-count`} error={errorField === "targetCount"}>
        <input
          id={`${prefix}-count`}
          name="targetCount"
          type="number"
          min={1}
          defaultValue={defaults.targetCount}
          required
        />
      </Field>
      <Field label={t("deadline")} id={`${prefix}-deadline`} error={errorField === "deadline"}>
        <input id={`${prefix}-deadline`} name="deadline" type="date" defaultValue={defaults.deadline} required />
      </Field>
      <Field label={t("note")} id={`${prefix}-note`} error={errorField === "note"}>
        <input id={`${prefix}-note`} name="note" defaultValue={defaults.note} maxLength={1000} />
      </Field>
    </>
  );
}

/** Corrects a target (new values and why) or voids it (why, after a confirmation). */
export function EditTargetForm({
  target,
}: {
  target: { id: string; version: number; targetCount: number; deadline: string; note: string; label: string };
}) {
  const t = useTranslations();
  const save = useActionForm(updateTargetAction);
  const discard = useActionForm(voidTargetAction);
  const savedMessage = useSavedMessage(t("targetForm.saved"));
  const record = { id: target.id, version: target.version };
  return (
    <CorrectionForm
      prefix={`edit-${target.id}`}
      saving={save.pending}
      voiding={discard.pending}
      message={save.message ?? discard.message}
      voidQuestion={t("targetForm.confirmVoid", { target: target.label })}
      onCorrect={(data, reason, clearReason) =>
        save.submit({ ...record, reason, ...read(data) }, { successMessage: savedMessage, onSuccess: clearReason })
      }
      onVoid={(reason) => discard.submit({ ...record, reason })}
    >
      <TargetFields prefix={`edit-${target.id}`} defaults={target} errorField={save.message?.field} />
    </CorrectionForm>
  );
}
