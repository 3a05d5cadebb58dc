"use client";

import { useTranslations } from "next-intl";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { completeActivityAction, correctActivityAction } from "../actions";
import { ActivityFields, readActivity, type ActivityDefaults } from "./activity-fields";

/**
 * Edits an activity (a reason is optional: given, the old values stay in its history as
 * a correction) or marks a planned one done once its date has come.
 */
export function EditActivityForm({
  activity,
  facilities,
  mayComplete,
}: {
  activity: ActivityDefaults & { id: string; version: number };
  facilities: { id: string; name: string }[];
  mayComplete: boolean;
}) {
  const t = useTranslations();
  const save = useActionForm(correctActivityAction);
  const complete = useActionForm(completeActivityAction);
  const record = { id: activity.id, version: activity.version };
  const prefix = `activity-${activity.id}`;
  return (
    <ActionForm
      columns={3}
      onSubmit={(data) => {
        const reason = String(data.get("reason") ?? "").trim();
        save.submit(
          { ...record, ...readActivity(data), ...(reason ? { reason } : {}) },
          { successMessage: t("activityForm.saved") },
        );
      }}
    >
      <ActivityFields prefix={prefix} defaults={activity} facilities={facilities} errorField={save.message?.field} />
      <Field label={t("activityForm.reasonOptional")} id={`${prefix}-reason`} error={save.invalid("reason")}>
        <input id={`${prefix}-reason`} name="reason" maxLength={1000} />
      </Field>
      <div className="flex flex-wrap items-center gap-2 md:col-span-3">
        <SubmitButton pending={save.pending} size="small">
          {t("activityForm.save")}
        </SubmitButton>
        {mayComplete && (
          <button
            type="button"
            disabled={complete.pending}
            onClick={() => complete.submit(record, { successMessage: t("activityForm.markedDone") })}
            className="rounded border border-slate-300 px-3 py-1 text-sm"
          >
            {t("activityForm.markDone")}
          </button>
        )}
        <FormMessage message={save.message ?? complete.message} />
      </div>
    </ActionForm>
  );
}
