"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { FormMessage } from "@/components/ui/form-message";
import { useServerAction } from "@/components/ui/use-server-action";
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
  const router = useRouter();
  const { run, pending, message } = useServerAction(createActivityAction);
  return (
    <form
      className="grid gap-3 rounded border border-slate-200 bg-white p-4 md:grid-cols-3"
      onSubmit={(event) => {
        event.preventDefault();
        const formElement = event.currentTarget;
        run(
          { districtCode, ...readActivity(new FormData(formElement)) },
          {
            successMessage: t("activityForm.created"),
            onSuccess: () => {
              formElement.reset();
              router.refresh();
            },
          },
        );
      }}
    >
      <h2 className="font-semibold md:col-span-3">{t("activityForm.createTitle")}</h2>
      <p className="text-sm text-slate-600 md:col-span-3">{t("activityForm.dateRule", { today })}</p>
      <ActivityFields
        prefix="activity"
        defaults={{ ...EMPTY_ACTIVITY, date: today }}
        facilities={facilities}
        errorField={message?.field}
      />
      <div className="flex flex-col gap-2 md:col-span-3">
        <FormMessage message={message} />
        <button
          type="submit"
          disabled={pending}
          className="w-fit rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
        >
          {t("activityForm.create")}
        </button>
      </div>
    </form>
  );
}
