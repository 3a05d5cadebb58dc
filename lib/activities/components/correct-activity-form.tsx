"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef } from "react";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useServerAction } from "@/components/ui/use-server-action";
import { completeActivityAction, correctActivityAction, voidActivityAction } from "../actions";
import { ActivityFields, readActivity, type ActivityDefaults } from "./activity-fields";

/** Corrects an activity (new values and why), voids it (why, after a confirmation) or marks a planned one done. */
export function CorrectActivityForm({
  activity,
  facilities,
  mayComplete,
}: {
  activity: ActivityDefaults & { id: string; version: number; label: string };
  facilities: { id: string; name: string }[];
  mayComplete: boolean;
}) {
  const t = useTranslations();
  const router = useRouter();
  const save = useServerAction(correctActivityAction);
  const discard = useServerAction(voidActivityAction);
  const complete = useServerAction(completeActivityAction);
  const reasonField = useRef<HTMLInputElement>(null);
  const reason = () => reasonField.current?.value.trim() ?? "";
  const clearReason = () => {
    if (reasonField.current) reasonField.current.value = "";
  };
  const message = save.message ?? discard.message ?? complete.message;
  const prefix = `activity-${activity.id}`;
  return (
    <form
      className="grid gap-3 md:grid-cols-3"
      onSubmit={(event) => {
        event.preventDefault();
        save.run(
          {
            id: activity.id,
            version: activity.version,
            reason: reason(),
            ...readActivity(new FormData(event.currentTarget)),
          },
          {
            successMessage: t("corrections.saved"),
            onSuccess: () => {
              clearReason();
              router.refresh();
            },
          },
        );
      }}
    >
      <ActivityFields prefix={prefix} defaults={activity} facilities={facilities} errorField={save.message?.field} />
      <Field label={t("corrections.reason")} id={`${prefix}-reason`} error={message?.field === "reason"}>
        <input ref={reasonField} id={`${prefix}-reason`} name="reason" maxLength={1000} required />
      </Field>
      <div className="flex flex-wrap items-center gap-2 md:col-span-3">
        <button
          type="submit"
          disabled={save.pending}
          className="rounded bg-brand-700 px-3 py-1 text-sm font-semibold text-white disabled:opacity-60"
        >
          {t("corrections.correct")}
        </button>
        {mayComplete && (
          <button
            type="button"
            disabled={complete.pending}
            onClick={() =>
              complete.run({ id: activity.id, version: activity.version }, { onSuccess: () => router.refresh() })
            }
            className="rounded border border-slate-300 px-3 py-1 text-sm"
          >
            {t("activityForm.markDone")}
          </button>
        )}
        <ConfirmButton
          label={t("corrections.void")}
          question={t("activityForm.confirmVoid", { activity: activity.label })}
          confirmLabel={t("confirm.yes")}
          cancelLabel={t("confirm.no")}
          disabled={discard.pending}
          onConfirm={() =>
            discard.run(
              { id: activity.id, version: activity.version, reason: reason() },
              { onSuccess: () => router.refresh() },
            )
          }
        />
        <FormMessage message={message} />
      </div>
    </form>
  );
}
