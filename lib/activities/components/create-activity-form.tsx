"use client";

import { useTranslations } from "next-intl";
import { ActionForm, FormFooter } from "@/components/ui/action-form";
import { useActionForm } from "@/components/ui/use-action-form";
import { createActivityAction } from "../actions";
import { ActivityFields, EMPTY_ACTIVITY, readActivity } from "./activity-fields";

/** Logs an activity; one dated after the district's today must be marked planned. */
export function CreateActivityForm({
  districtCode,
  facilities,
  today,
}: {
  districtCode: string;
  facilities: { id: string; name: string }[];
  today: string;
}) {
  const t = useTranslations();
  const { submit, pending, message } = useActionForm(createActivityAction);
  return (
    <ActionForm
      columns={3}
      boxed
      title={t("activityForm.createTitle")}
      onSubmit={(data, form) =>
        submit({ districtCode, ...readActivity(data) }, { successMessage: t("activityForm.created"), reset: form })
      }
    >
      <p className="text-sm text-slate-600 md:col-span-3">{t("activityForm.dateRule", { today })}</p>
      <ActivityFields
        prefix="activity"
        defaults={{ ...EMPTY_ACTIVITY, date: today }}
        facilities={facilities}
        errorField={message?.field}
      />
      <FormFooter message={message} pending={pending} label={t("activityForm.create")} columns={3} />
    </ActionForm>
  );
}
