"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useServerAction } from "@/components/ui/use-server-action";
import { createStaffAction, updateStaffAction } from "../actions";
import { EMPLOYMENT_STATUSES, POSTINGS, PROFESSIONS, type TCreateStaff } from "../schemas";

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
  const router = useRouter();
  const create = useServerAction(createStaffAction);
  const update = useServerAction(updateStaffAction);
  const { pending, message } = staff ? update : create;
  const [posting, setPosting] = useState(staff?.posting ?? "PUSKESMAS");
  const prefix = staff ? `staf-${staff.id}` : "staf-baru";
  const errorOn = (field: string) => message?.field === `staff.${field}` || message?.field === field;

  return (
    <form
      className="grid gap-3 md:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        const element = event.currentTarget;
        const fields = read(new FormData(element));
        if (staff)
          update.run(
            { id: staff.id, version: staff.version, staff: fields },
            { successMessage: t("staffing.staff.updated"), onSuccess: () => router.refresh() },
          );
        else
          create.run(
            { puskesmasId, staff: fields },
            {
              successMessage: t("staffing.staff.created"),
              onSuccess: () => {
                element.reset();
                setPosting("PUSKESMAS");
                router.refresh();
              },
            },
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
      <Field label={t("staffing.staff.profession")} id={`${prefix}-profession`}>
        <select id={`${prefix}-profession`} name="profession" defaultValue={staff?.profession ?? "BIDAN"}>
          {PROFESSIONS.map((profession) => (
            <option key={profession} value={profession}>
              {t(`profession.${profession}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("staffing.staff.employmentStatus")} id={`${prefix}-status`}>
        <select id={`${prefix}-status`} name="employmentStatus" defaultValue={staff?.employmentStatus ?? "PNS"}>
          {EMPLOYMENT_STATUSES.map((status) => (
            <option key={status} value={status}>
              {t(`staffing.employment.${status}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("staffing.staff.posting")} id={`${prefix}-posting`}>
        <select
          id={`${prefix}-posting`}
          name="posting"
          value={posting}
          onChange={(event) => setPosting(event.target.value)}
        >
          {POSTINGS.map((value) => (
            <option key={value} value={value} disabled={value !== "PUSKESMAS" && pustu.length === 0}>
              {t(`staffing.postingLabel.${value}`)}
            </option>
          ))}
        </select>
      </Field>
      {posting !== "PUSKESMAS" && (
        <Field label={t("staffing.staff.pustu")} id={`${prefix}-pustu`} error={errorOn("pustuId")}>
          <select id={`${prefix}-pustu`} name="pustuId" defaultValue={staff?.pustuId ?? ""} required>
            <option value="">{t("staffing.staff.choosePustu")}</option>
            {pustu.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </select>
        </Field>
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
      <div className="flex flex-col gap-2 md:col-span-2">
        <FormMessage message={message} />
        <button
          type="submit"
          disabled={pending}
          className="w-fit rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
        >
          {staff ? t("staffing.staff.save") : t("staffing.staff.create")}
        </button>
      </div>
    </form>
  );
}
