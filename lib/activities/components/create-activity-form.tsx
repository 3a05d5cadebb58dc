"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useServerAction } from "@/components/ui/use-server-action";
import { createActivityAction } from "../actions";
import { ACTIVITY_TYPES } from "../schemas";

export function CreateActivityForm({ districtCode, facilities, today }: { districtCode: string; facilities: { id: string; name: string }[]; today: string }) {
  const t = useTranslations();
  const router = useRouter();
  const { run, pending, message } = useServerAction(createActivityAction);
  const invalid = (field: string) => message?.field === field;
  return (
    <form
      className="grid gap-3 rounded border border-slate-200 bg-white p-4 md:grid-cols-3"
      onSubmit={(event) => {
        event.preventDefault();
        const formElement = event.currentTarget;
        const form = new FormData(formElement);
        const text = (name: string) => String(form.get(name) ?? "").trim();
        run(
          {
            districtCode,
            type: text("type") as (typeof ACTIVITY_TYPES)[number],
            title: text("title"),
            date: text("date"),
            ...(text("place") ? { place: text("place") } : {}),
            ...(text("participantCount") ? { participantCount: Number(text("participantCount")) } : {}),
            ...(text("note") ? { note: text("note") } : {}),
            facilityIds: form.getAll("facilityIds").map(String),
          },
          { successMessage: t("activityForm.created"), onSuccess: () => { formElement.reset(); router.refresh(); } },
        );
      }}
    >
      <h2 className="font-semibold md:col-span-3">{t("activityForm.createTitle")}</h2>
      <Field label={t("activityForm.type")} id="activity-type">
        <select id="activity-type" name="type">
          {ACTIVITY_TYPES.map((type) => (
            <option key={type} value={type}>
              {t(`activityType.${type}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("activityForm.title")} id="activity-title" error={invalid("title")}>
        <input id="activity-title" name="title" required maxLength={300} />
      </Field>
      <Field label={t("activityForm.date")} id="activity-date" error={invalid("date")}>
        <input id="activity-date" name="date" type="date" required max={today} />
      </Field>
      <Field label={t("activityForm.place")} id="activity-place" error={invalid("place")}>
        <input id="activity-place" name="place" maxLength={300} />
      </Field>
      <Field label={t("activityForm.participants")} id="activity-participants" error={invalid("participantCount")}>
        <input id="activity-participants" name="participantCount" type="number" min={0} />
      </Field>
      <Field label={t("activityForm.note")} id="activity-note" error={invalid("note")}>
        <input id="activity-note" name="note" maxLength={2000} />
      </Field>
      <fieldset className="md:col-span-3">
        <legend className="text-sm font-medium">{t("activityForm.facilities")}</legend>
        <div className="mt-1 grid max-h-48 gap-1 overflow-y-auto rounded border border-slate-200 p-2 text-sm sm:grid-cols-2 lg:grid-cols-3">
          {facilities.map((facility) => (
            <label key={facility.id} className="flex items-center gap-2">
              <input type="checkbox" name="facilityIds" value={facility.id} /> {facility.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-col gap-2 md:col-span-3">
        <FormMessage message={message} />
        <button type="submit" disabled={pending} className="w-fit rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60">
          {t("activityForm.create")}
        </button>
      </div>
    </form>
  );
}
