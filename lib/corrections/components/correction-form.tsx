"use client";

import { useTranslations } from "next-intl";
import { useRef } from "react";
import { ActionForm, SubmitButton } from "@/components/ui/action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";

type Message = React.ComponentProps<typeof FormMessage>["message"] & { field?: string };

/**
 * A record's correction form: its fields (`children`), the reason both steps need,
 * "correct" (submits; `clearReason` after a success) and "void" (after `voidQuestion`
 * is confirmed), with `extra` buttons between them.
 */
export function CorrectionForm({
  prefix,
  saving,
  voiding,
  message,
  voidQuestion,
  onCorrect,
  onVoid,
  extra,
  children,
}: {
  prefix: string;
  saving: boolean;
  voiding: boolean;
  message: Message | null;
  voidQuestion: string;
  onCorrect: (data: FormData, reason: string, clearReason: () => void) => void;
  onVoid: (reason: string) => void;
  extra?: React.ReactNode;
  children: React.ReactNode;
}) {
  const t = useTranslations();
  const reasonField = useRef<HTMLInputElement>(null);
  const reason = () => reasonField.current?.value.trim() ?? "";
  const clearReason = () => {
    if (reasonField.current) reasonField.current.value = "";
  };
  return (
    <ActionForm columns={3} onSubmit={(data) => onCorrect(data, reason(), clearReason)}>
      {children}
      <Field label={t("corrections.reason")} id={`${prefix}-reason`} error={message?.field === "reason"}>
        <input ref={reasonField} id={`${prefix}-reason`} name="reason" maxLength={1000} required />
      </Field>
      <div className="flex flex-wrap items-center gap-2 md:col-span-3">
        <SubmitButton pending={saving} size="small">
          {t("corrections.correct")}
        </SubmitButton>
        {extra}
        <ConfirmButton
          label={t("corrections.void")}
          question={voidQuestion}
          confirmLabel={t("confirm.yes")}
          cancelLabel={t("confirm.no")}
          disabled={voiding}
          onConfirm={() => onVoid(reason())}
        />
        <FormMessage message={message} />
      </div>
    </ActionForm>
  );
}
