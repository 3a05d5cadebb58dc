"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { setStaffActiveAction } from "../actions";

/** Deactivate (asking first, with the date the assignments end) or reactivate a health worker. */
export function StaffActiveForm({
  staff,
  today,
}: {
  staff: { id: string; name: string; version: number; active: boolean };
  today: string;
}) {
  const t = useTranslations("staffing.staff");
  const { submit: save, pending, message } = useActionForm(setStaffActiveAction);
  const [date, setDate] = useState(today);
  const submit = (active: boolean) =>
    save(
      { id: staff.id, version: staff.version, active, effectiveDate: date },
      { successMessage: active ? t("reactivated") : t("deactivated") },
    );
  return (
    <div className="flex flex-col gap-2 text-sm">
      {staff.active ? (
        <div className="flex flex-wrap items-end gap-2">
          <label className="flex flex-col text-xs text-slate-600">
            {t("deactivateDate")}
            <input
              type="date"
              max={today}
              value={date}
              onChange={(event) => setDate(event.target.value)}
              className="rounded border border-slate-300 px-2 py-1 text-sm"
            />
          </label>
          <ConfirmButton
            label={t("deactivate")}
            question={t("deactivateQuestion", { name: staff.name })}
            confirmLabel={t("deactivate")}
            cancelLabel={t("cancel")}
            onConfirm={() => submit(false)}
            disabled={pending}
          />
        </div>
      ) : (
        <button
          type="button"
          onClick={() => submit(true)}
          disabled={pending}
          className="w-fit rounded border border-slate-300 px-3 py-1 hover:bg-slate-50 disabled:opacity-60"
        >
          {t("reactivate")}
        </button>
      )}
      <FormMessage message={message} />
    </div>
  );
}
