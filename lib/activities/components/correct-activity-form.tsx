"use client";

import { useTranslations } from "next-intl";
import { useActionForm } from "@/components/ui/use-action-form";
import { CorrectionForm } from "@/lib/corrections/components/correction-form";
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
  const save = useActionForm(correctActivityAction);
  const discard = useActionForm(voidActivityAction);
  const complete = useActionForm(completeActivityAction);
  const record = { id: activity.id, version: activity.version };
  const prefix = `activity-${activity.id}`;
  return (
    <CorrectionForm
      prefix={prefix}
      saving={save.pending}
      voiding={discard.pending}
      message={save.message ?? discard.message ?? complete.message}
      voidQuestion={t("activityForm.confirmVoid", { activity: activity.label })}
      onCorrect={(data, reason, clearReason) =>
        save.submit(
          { ...record, reason, ...readActivity(data) },
          { successMessage: t("corrections.saved"), onSuccess: clearReason },
        )
      }
      onVoid={(reason) => discard.submit({ ...record, reason })}
      extra={
        mayComplete && (
          <button
            type="button"
            disabled={complete.pending}
            onClick={() => complete.submit(record)}
            className="rounded border border-slate-300 px-3 py-1 text-sm"
          >
            {t("activityForm.markDone")}
          </button>
        )
      }
    >
      <ActivityFields prefix={prefix} defaults={activity} facilities={facilities} errorField={save.message?.field} />
    </CorrectionForm>
  );
}
