"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { Field, SelectField } from "@/components/ui/field";
import { ACTIVITY_STATUSES, ACTIVITY_TYPES } from "@/lib/enums";
import type { TCreateActivity } from "../schemas";

export type ActivityDefaults = {
  type: string;
  typeNote: string;
  title: string;
  date: string;
  status: string;
  place: string;
  participantCount: string;
  note: string;
  facilityIds: string[];
};
export const EMPTY_ACTIVITY: ActivityDefaults = {
  type: ACTIVITY_TYPES[0],
  typeNote: "",
  title: "",
  date: "",
  status: "DONE",
  place: "",
  participantCount: "",
  note: "",
  facilityIds: [],
};

/** The form's values as the actions take them (the district or record is added by the caller). */
export function readActivity(form: FormData): Omit<TCreateActivity, "districtCode"> {
  const text = (name: string) => String(form.get(name) ?? "").trim();
  return {
    type: text("type") as (typeof ACTIVITY_TYPES)[number],
    ...(text("typeNote") ? { typeNote: text("typeNote") } : {}),
    title: text("title"),
    date: text("date"),
    status: text("status") as (typeof ACTIVITY_STATUSES)[number],
    ...(text("place") ? { place: text("place") } : {}),
    ...(text("participantCount") ? { participantCount: Number(text("participantCount")) } : {}),
    ...(text("note") ? { note: text("note") } : {}),
    facilityIds: form.getAll("facilityIds").map(String),
  };
}

/** The fields of an activity, shared by the log form and the correction form. */
export function ActivityFields({
  prefix,
  defaults,
  facilities,
  errorField,
}: {
  prefix: string;
  defaults: ActivityDefaults;
  facilities: { id: string; name: string }[];
  errorField?: string;
}) {
  const t = useTranslations();
  const invalid = (field: string) => errorField === field;
  const checklist = useRef<HTMLDivElement>(null);
  const tickAll = (checked: boolean) =>
    checklist.current
      ?.querySelectorAll<HTMLInputElement>('input[name="facilityIds"]')
      .forEach((box) => (box.checked = checked));
  return (
    <>
      <SelectField
        label={t("activityForm.type")}
        id={`${prefix}-type`}
        name="type"
        defaultValue={defaults.type}
        options={ACTIVITY_TYPES.map((type) => ({ value: type, label: t(`activityType.${type}`) }))}
      />
      <Field label={t("activityForm.typeNote")} id={`${prefix}-type-note`} error={invalid("typeNote")}>
        <input
          id={`${prefix}-type-note`}
          name="typeNote"
          maxLength={200}
          defaultValue={defaults.typeNote}
          placeholder={t("activityForm.typeNoteHint")}
        />
      </Field>
      <Field label={t("activityForm.title")} id={`${prefix}-title`} error={invalid("title")}>
        <input id={`${prefix}-title`} name="title" required maxLength={300} defaultValue={defaults.title} />
      </Field>
      <Field label={t("activityForm.date")} id={`${prefix}-date`} error={invalid("date")}>
        <input id={`${prefix}-date`} name="date" type="date" required defaultValue={defaults.date} />
      </Field>
      <SelectField
        label={t("activityForm.status")}
        id={`${prefix}-status`}
        error={invalid("status")}
        name="status"
        defaultValue={defaults.status}
        options={ACTIVITY_STATUSES.map((status) => ({ value: status, label: t(`activityStatus.${status}`) }))}
      />
      <Field label={t("activityForm.place")} id={`${prefix}-place`} error={invalid("place")}>
        <input id={`${prefix}-place`} name="place" maxLength={300} defaultValue={defaults.place} />
      </Field>
      <Field label={t("activityForm.participants")} id={`${prefix}-participants`} error={invalid("participantCount")}>
        <input
          id={`${prefix}-participants`}
          name="participantCount"
          type="number"
          min={0}
          defaultValue={defaults.participantCount}
          placeholder={t("activityForm.participantsHint")}
        />
      </Field>
      <Field label={t("activityForm.note")} id={`${prefix}-note`} error={invalid("note")}>
        <input id={`${prefix}-note`} name="note" maxLength={2000} defaultValue={defaults.note} />
      </Field>
      <fieldset className="md:col-span-3">
        <legend className="text-sm font-medium">{t("activityForm.facilities")}</legend>
        {facilities.length > 1 && (
          <div className="flex gap-3 text-sm">
            <button type="button" className="text-brand-700 underline" onClick={() => tickAll(true)}>
              {t("activityForm.selectAll")}
            </button>
            <button type="button" className="text-brand-700 underline" onClick={() => tickAll(false)}>
              {t("activityForm.selectNone")}
            </button>
          </div>
        )}
        <div
          ref={checklist}
          className="mt-1 grid max-h-48 gap-1 overflow-y-auto rounded border border-slate-200 p-2 text-sm sm:grid-cols-2 lg:grid-cols-3"
        >
          {facilities.map((facility) => (
            <label key={facility.id} className="flex items-center gap-2">
              <input
                type="checkbox"
                name="facilityIds"
                value={facility.id}
                defaultChecked={defaults.facilityIds.includes(facility.id)}
              />{" "}
              {facility.name}
            </label>
          ))}
        </div>
      </fieldset>
    </>
  );
}
