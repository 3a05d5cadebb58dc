"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useServerAction } from "@/components/ui/use-server-action";
import { createTargetAction, updateTargetAction, voidTargetAction } from "../actions";
import { TARGET_KINDS } from "../schemas";

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
  const router = useRouter();
  const { run, pending, message } = useServerAction(createTargetAction);
  const savedMessage = useSavedMessage(t("targetForm.created"));
  return (
    <form
      className="grid gap-3 rounded border border-slate-200 bg-white p-4 md:grid-cols-3"
      onSubmit={(event) => {
        event.preventDefault();
        const formElement = event.currentTarget;
        const form = new FormData(formElement);
        run(
          {
            districtCode,
            year: Number(form.get("year")),
            kind: String(form.get("kind")) as (typeof TARGET_KINDS)[number],
            ...read(form),
          },
          {
            successMessage: savedMessage,
            onSuccess: () => {
              formElement.reset();
              router.refresh();
            },
          },
        );
      }}
    >
      <h2 className="font-semibold md:col-span-3">{t("targetForm.createTitle")}</h2>
      <Field label={t("targetForm.year")} id="target-year" error={message?.field === "year"}>
        <input id="target-year" name="year" type="number" min={2023} max={2100} defaultValue={year} required />
      </Field>
      <Field label={t("targetForm.kind")} id="target-kind" error={message?.field === "kind"}>
        <select id="target-kind" name="kind">
          {TARGET_KINDS.map((kind) => (
            <option key={kind} value={kind}>
              {t(`targetForm.kinds.${kind}`)}
            </option>
          ))}
        </select>
      </Field>
      <TargetFields
        prefix="new"
        defaults={{ targetCount: "", deadline: `${year}-12-31`, note: "" }}
        errorField={message?.field}
      />
      <div className="flex flex-col gap-2 md:col-span-3">
        <FormMessage message={message} />
        <button
          type="submit"
          disabled={pending}
          className="w-fit rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
        >
          {t("targetForm.create")}
        </button>
      </div>
    </form>
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
  const router = useRouter();
  const save = useServerAction(updateTargetAction);
  const discard = useServerAction(voidTargetAction);
  const savedMessage = useSavedMessage(t("targetForm.saved"));
  const reasonField = useRef<HTMLInputElement>(null);
  const reason = () => reasonField.current?.value.trim() ?? "";
  const clearReason = () => {
    if (reasonField.current) reasonField.current.value = "";
  };
  const message = save.message ?? discard.message;
  return (
    <form
      className="grid gap-3 md:grid-cols-3"
      onSubmit={(event) => {
        event.preventDefault();
        save.run(
          { id: target.id, version: target.version, reason: reason(), ...read(new FormData(event.currentTarget)) },
          {
            successMessage: savedMessage,
            onSuccess: () => {
              clearReason();
              router.refresh();
            },
          },
        );
      }}
    >
      <TargetFields prefix={`edit-${target.id}`} defaults={target} errorField={save.message?.field} />
      <Field label={t("corrections.reason")} id={`edit-${target.id}-reason`} error={message?.field === "reason"}>
        <input ref={reasonField} id={`edit-${target.id}-reason`} name="reason" maxLength={1000} required />
      </Field>
      <div className="flex flex-wrap items-center gap-2 md:col-span-3">
        <button
          type="submit"
          disabled={save.pending}
          className="rounded bg-brand-700 px-3 py-1 text-sm font-semibold text-white disabled:opacity-60"
        >
          {t("corrections.correct")}
        </button>
        <ConfirmButton
          label={t("corrections.void")}
          question={t("targetForm.confirmVoid", { target: target.label })}
          confirmLabel={t("confirm.yes")}
          cancelLabel={t("confirm.no")}
          disabled={discard.pending}
          onConfirm={() =>
            discard.run(
              { id: target.id, version: target.version, reason: reason() },
              { onSuccess: () => router.refresh() },
            )
          }
        />
        <FormMessage message={message} />
      </div>
    </form>
  );
}
