"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import type { DataArea } from "@/lib/indicators/definitions";
import { declareCompleteAction, withdrawCompleteAction } from "../actions";

type Props = {
  districtCode: string;
  area: DataArea;
  areaLabel: string;
  today: string;
  current: { id: string; version: number; completeAsOf: string; note: string | null } | null;
};

/** Declare an area complete as of a date, or withdraw the declaration; both after a confirmation. */
export function DeclarationForm({ districtCode, area, areaLabel, today, current }: Props) {
  const t = useTranslations();
  const declare = useActionForm(declareCompleteAction);
  const withdraw = useActionForm(withdrawCompleteAction);
  const [date, setDate] = useState(current?.completeAsOf ?? today);
  const [note, setNote] = useState(current?.note ?? "");
  return (
    <div className="flex flex-wrap items-end gap-2 text-sm" data-testid={`declare-${area}`}>
      <label className="flex flex-col text-xs text-slate-600">
        {t("completeness.completeAsOf")}
        <input
          type="date"
          value={date}
          max={today}
          onChange={(event) => setDate(event.target.value)}
          className="rounded border border-slate-300 px-2 py-1 text-sm text-slate-900"
        />
      </label>
      <label className="flex flex-col text-xs text-slate-600">
        {t("completeness.note")}
        <input
          value={note}
          maxLength={500}
          onChange={(event) => setNote(event.target.value)}
          className="w-56 rounded border border-slate-300 px-2 py-1 text-sm text-slate-900"
        />
      </label>
      <ConfirmButton
        tone="neutral"
        label={t("completeness.declare")}
        question={t("completeness.confirmDeclare", { area: areaLabel, date })}
        confirmLabel={t("confirm.yes")}
        cancelLabel={t("confirm.no")}
        disabled={declare.pending}
        onConfirm={() =>
          declare.submit(
            { districtCode, area, completeAsOf: date, note: note.trim() || undefined, version: current?.version },
            { successMessage: t("completeness.declaredToast") },
          )
        }
      />
      {current && (
        <ConfirmButton
          label={t("completeness.withdraw")}
          question={t("completeness.confirmWithdraw", { area: areaLabel })}
          confirmLabel={t("confirm.yes")}
          cancelLabel={t("confirm.no")}
          disabled={withdraw.pending}
          onConfirm={() =>
            withdraw.submit(
              { id: current.id, version: current.version },
              { successMessage: t("completeness.withdrawnToast") },
            )
          }
        />
      )}
      <FormMessage message={declare.message ?? withdraw.message} />
    </div>
  );
}
