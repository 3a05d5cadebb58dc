"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm, FormFooter } from "@/components/ui/action-form";
import { Field, SelectField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createStaffAction, updateStaffAction } from "../actions";
import { EMPLOYMENT_STATUSES, POSTINGS, PROFESSIONS } from "@/lib/enums";
import type { TCreateStaff } from "../schemas";

type StaffFields = TCreateStaff["staff"];
export type StaffDefaults = {
  name: string;
  nip: string | null;
  profession: string;
  employmentStatus: string;
  posting: string;
  pustuId: string | null;
  pustuSchedule: string | null;
};

const read = (form: FormData): StaffFields => {
  const text = (name: string) => String(form.get(name) ?? "").trim() || undefined;
  const posting = String(form.get("posting")) as StaffFields["posting"];
  return {
    name: String(form.get("name") ?? ""),
    nip: text("nip"),
    profession: String(form.get("profession")) as StaffFields["profession"],
    employmentStatus: String(form.get("employmentStatus")) as StaffFields["employmentStatus"],
    posting,
    pustuId: posting === "PUSKESMAS" ? undefined : text("pustuId"),
    pustuSchedule: posting === "PUSTU_TERJADWAL" ? text("pustuSchedule") : undefined,
  };
};

/** Add a health worker (no `staff` given) or edit one; the same fields and zod schema either way. */
export function StaffForm({
  puskesmasId,
  pustu,
  staff,
}: {
  puskesmasId: string;
  pustu: { id: string; name: string }[];
  staff?: { id: string; version: number } & StaffDefaults;
}) {
  const t = useTranslations();
  const create = useActionForm(createStaffAction);
  const update = useActionForm(updateStaffAction);
  const { pending, message } = staff ? update : create;
  const [posting, setPosting] = useState(staff?.posting ?? "PUSKESMAS");
  const prefix = staff ? `staf-${staff.id}` : "staf-baru";
  const errorOn = (field: string) => message?.field === `staff.${field}` || message?.field === field;

  return (
    <ActionForm
      columns={2}
      onSubmit={(data, form) => {
        const fields = read(data);
        if (staff)
          update.submit(
            { id: staff.id, version: staff.version, staff: fields },
            { successMessage: t("staffing.staff.updated") },
          );
        else
          create.submit(
            { puskesmasId, staff: fields },
            { successMessage: t("staffing.staff.created"), reset: form, onSuccess: () => setPosting("PUSKESMAS") },
          );
      }}
    >
      <Field label={t("staffing.staff.name")} id={`${prefix}-name`} error={errorOn("name")}>
        <input id={`${prefix}-name`} name="name" required minLength={2} maxLength={120} defaultValue={staff?.name} />
      </Field>
      <div className="flex flex-col gap-1">
        <Field label={t("staffing.staff.nip")} id={`${prefix}-nip`} error={errorOn("nip")}>
          <input
            id={`${prefix}-nip`}
            name="nip"
            inputMode="numeric"
            maxLength={22}
            defaultValue={staff?.nip ?? ""}
            aria-describedby={`${prefix}-nip-hint`}
          />
        </Field>
        <p id={`${prefix}-nip-hint`} className="text-xs text-slate-600">
          {t("staffing.staff.nipHint")}
        </p>
      </div>
      <SelectField
        label={t("staffing.staff.profession")}
        id={`${prefix}-profession`}
        name="profession"
        defaultValue={staff?.profession ?? "BIDAN"}
        options={PROFESSIONS.map((profession) => ({ value: profession, label: t(`profession.${profession}`) }))}
      />
      <SelectField
        label={t("staffing.staff.employmentStatus")}
        id={`${prefix}-status`}
        name="employmentStatus"
        defaultValue={staff?.employmentStatus ?? "PNS"}
        options={EMPLOYMENT_STATUSES.map((status) => ({ value: status, label: t(`staffing.employment.${status}`) }))}
      />
      <SelectField
        label={t("staffing.staff.posting")}
        id={`${prefix}-posting`}
        name="posting"
        value={posting}
        onChange={(event) => setPosting(event.target.value)}
        options={POSTINGS.map((value) => ({
          value,
          label: t(`staffing.postingLabel.${value}`),
          disabled: value !== "PUSKESMAS" && pustu.length === 0,
        }))}
      />
      {posting !== "PUSKESMAS" && (
        <SelectField
          label={t("staffing.staff.pustu")}
          id={`${prefix}-pustu`}
          error={errorOn("pustuId")}
          name="pustuId"
          defaultValue={staff?.pustuId ?? ""}
          required
          placeholder={t("staffing.staff.choosePustu")}
          options={pustu.map((unit) => ({ value: unit.id, label: unit.name }))}
        />
      )}
      {posting === "PUSTU_TERJADWAL" && (
        <div className="flex flex-col gap-1">
          <Field label={t("staffing.staff.schedule")} id={`${prefix}-schedule`} error={errorOn("pustuSchedule")}>
            <input
              id={`${prefix}-schedule`}
              name="pustuSchedule"
              maxLength={200}
              defaultValue={staff?.pustuSchedule ?? ""}
              required
              aria-describedby={`${prefix}-schedule-hint`}
            />
          </Field>
          <p id={`${prefix}-schedule-hint`} className="text-xs text-slate-600">
            {t("staffing.staff.scheduleHint")}
          </p>
        </div>
      )}
      <FormFooter
        message={message}
        pending={pending}
        label={staff ? t("staffing.staff.save") : t("staffing.staff.create")}
        columns={2}
      />
    </ActionForm>
  );
}
