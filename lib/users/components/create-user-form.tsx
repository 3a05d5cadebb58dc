"use client";

import { useTranslations } from "next-intl";
import { ActionForm, FormFooter } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createUserAction } from "../actions";
import { readRolePlace, RolePlaceFields } from "./role-place-fields";

export function CreateUserForm({ puskesmasOptions }: { puskesmasOptions: { id: string; name: string }[] }) {
  const t = useTranslations("users");
  const { submit, pending, message, invalid } = useActionForm(createUserAction);
  return (
    <ActionForm
      columns={3}
      boxed
      title={t("create")}
      onSubmit={(data, form) =>
        submit(
          {
            username: String(data.get("username") ?? ""),
            name: String(data.get("name") ?? ""),
            temporaryPassword: String(data.get("temporaryPassword") ?? ""),
            ...readRolePlace(data),
          },
          { successMessage: t("created"), reset: form },
        )
      }
    >
      <Field label={t("username")} id="new-username" error={invalid("username")}>
        <input id="new-username" name="username" required autoComplete="off" />
      </Field>
      <Field label={t("name")} id="new-name" error={invalid("name")}>
        <input id="new-name" name="name" required />
      </Field>
      <Field label={t("temporaryPassword")} id="new-password" error={invalid("temporaryPassword")}>
        <input
          id="new-password"
          name="temporaryPassword"
          type="password"
          required
          minLength={12}
          autoComplete="new-password"
        />
      </Field>
      <RolePlaceFields prefix="new" errorField={message?.field} puskesmasOptions={puskesmasOptions} />
      <FormFooter message={message} pending={pending} label={t("save")} columns={3} />
    </ActionForm>
  );
}
