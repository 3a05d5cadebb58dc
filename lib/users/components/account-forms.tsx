"use client";

import { useTranslations } from "next-intl";
import { ActionForm, FormFooter } from "@/components/ui/action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { useServerAction } from "@/components/ui/use-server-action";
import { signOutToSignIn } from "@/lib/auth/sign-out";
import { changeOwnPasswordAction, signOutEverywhereAction } from "../actions";

/** Changing the password ends every session, this one too, so the user signs in again. */
export function ChangePasswordForm() {
  const t = useTranslations("account");
  const { run, pending, message, invalid } = useActionForm(changeOwnPasswordAction);
  return (
    <ActionForm
      columns={1}
      boxed
      narrow
      title={t("changePassword")}
      onSubmit={(data) =>
        run(
          {
            currentPassword: String(data.get("currentPassword") ?? ""),
            newPassword: String(data.get("newPassword") ?? ""),
          },
          { successMessage: t("changed"), onSuccess: () => void signOutToSignIn() },
        )
      }
    >
      <Field label={t("currentPassword")} id="current-password" error={invalid("currentPassword")}>
        <input id="current-password" name="currentPassword" type="password" required autoComplete="current-password" />
      </Field>
      <Field label={t("newPassword")} id="new-password" error={invalid("newPassword")}>
        <input
          id="new-password"
          name="newPassword"
          type="password"
          required
          minLength={12}
          autoComplete="new-password"
        />
      </Field>
      <FormFooter message={message} pending={pending} label={t("changePassword")} columns={1} />
    </ActionForm>
  );
}

export function SignOutEverywhereButton() {
  const t = useTranslations();
  const { run, pending, message } = useServerAction(signOutEverywhereAction);
  return (
    <div className="flex flex-col gap-2">
      <ConfirmButton
        label={t("account.signOutEverywhere")}
        question={t("account.confirmSignOutEverywhere")}
        confirmLabel={t("confirm.yes")}
        cancelLabel={t("confirm.no")}
        disabled={pending}
        onConfirm={() => run({}, { onSuccess: () => void signOutToSignIn() })}
      />
      <FormMessage message={message} />
    </div>
  );
}
