"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { SelectField, type SelectOption } from "@/components/ui/field";
import { FormFooter } from "@/components/ui/action-form";
import { useActionForm } from "@/components/ui/use-action-form";
import { setPuskesmasHeadAction } from "../actions";

/** Chooses the puskesmas' head from its own active staff (a planner of the district or the head account). */
export function PuskesmasHeadForm({
  puskesmasId,
  storedHeadId,
  currentHeadId,
  staff,
}: {
  puskesmasId: string;
  /** The head id stored now (sent back as the previous head, so a change in between is refused). */
  storedHeadId: string | null;
  /** The head shown, when still one of the active staff. */
  currentHeadId: string | null;
  staff: SelectOption[];
}) {
  const t = useTranslations("signers.head");
  const [choice, setChoice] = useState(currentHeadId ?? "");
  const { submit, pending, message, invalid } = useActionForm(setPuskesmasHeadAction);
  return (
    <form
      className="flex max-w-md flex-col gap-2 rounded border border-slate-200 bg-white p-3 text-sm print:hidden"
      data-testid="head-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit(
          { puskesmasId, headStaffId: choice || null, previousHeadStaffId: storedHeadId },
          { successMessage: t("saved") },
        );
      }}
    >
      <SelectField
        label={t("label")}
        id="puskesmas-head"
        name="headStaffId"
        value={choice}
        onChange={(event) => setChoice(event.target.value)}
        placeholder={t("none")}
        options={staff}
        error={invalid("headStaffId")}
      />
      <FormFooter message={message} pending={pending} label={t("save")} columns={1} size="medium" />
    </form>
  );
}
