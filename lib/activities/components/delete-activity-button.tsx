"use client";

import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { deleteActivityAction } from "../actions";

/** Deletes an activity after a confirmation naming it. */
export function DeleteActivityButton({ id, version, label }: { id: string; version: number; label: string }) {
  const t = useTranslations();
  const remove = useActionForm(deleteActivityAction);
  return (
    <span className="flex flex-wrap items-center gap-2">
      <ConfirmButton
        label={t("activityForm.delete")}
        question={t("activityForm.confirmDelete", { activity: label })}
        confirmLabel={t("confirm.yes")}
        cancelLabel={t("confirm.no")}
        disabled={remove.pending}
        onConfirm={() => remove.submit({ id, version }, { successMessage: t("activityForm.deleted") })}
      />
      <FormMessage message={remove.message} />
    </span>
  );
}
