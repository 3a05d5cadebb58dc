"use client";

import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useServerAction } from "@/components/ui/use-server-action";
import { changeOwnPasswordAction, signOutEverywhereAction } from "../actions";

/** Changing the password ends every session, this one too, so the user signs in again. */
export function ChangePasswordForm() {
  const t = useTranslations("account");
  const { run, pending, message } = useServerAction(changeOwnPasswordAction);
  return (
    <form
      className="flex max-w-sm flex-col gap-3 rounded border border-slate-200 bg-white p-4"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        run(
          {
            currentPassword: String(form.get("currentPassword") ?? ""),
            newPassword: String(form.get("newPassword") ?? ""),
          },
          { successMessage: t("changed"), onSuccess: () => void signOut({ callbackUrl: "/masuk" }) },
        );
      }}
    >
      <h2 className="font-semibold">{t("changePassword")}</h2>
      <Field label={t("currentPassword")} id="current-password" error={message?.field === "currentPassword"}>
        <input id="current-password" name="currentPassword" type="password" required autoComplete="current-password" />
      </Field>
      <Field label={t("newPassword")} id="new-password" error={message?.field === "newPassword"}>
        <input
          id="new-password"
          name="newPassword"
          type="password"
          required
          minLength={12}
          autoComplete="new-password"
        />
      </Field>
      <FormMessage message={message} />
      <button
        type="submit"
        disabled={pending}
        className="w-fit rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
      >
        {t("changePassword")}
      </button>
    </form>
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
        onConfirm={() => run({}, { onSuccess: () => void signOut({ callbackUrl: "/masuk" }) })}
      />
      <FormMessage message={message} />
    </div>
  );
}
