"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useServerAction } from "@/components/ui/use-server-action";
import { createUserAction } from "../actions";
import { readRolePlace, RolePlaceFields } from "./role-place-fields";

export function CreateUserForm({ puskesmasOptions }: { puskesmasOptions: { id: string; name: string }[] }) {
  const t = useTranslations("users");
  const router = useRouter();
  const { run, pending, message } = useServerAction(createUserAction);
  return (
    <form
      className="grid gap-3 rounded border border-slate-200 bg-white p-4 md:grid-cols-3"
      onSubmit={(event) => {
        event.preventDefault();
        const formElement = event.currentTarget;
        const form = new FormData(formElement);
        run(
          {
            username: String(form.get("username") ?? ""),
            name: String(form.get("name") ?? ""),
            temporaryPassword: String(form.get("temporaryPassword") ?? ""),
            ...readRolePlace(form),
          },
          {
            successMessage: t("created"),
            onSuccess: () => {
              formElement.reset();
              router.refresh();
            },
          },
        );
      }}
    >
      <h2 className="font-semibold md:col-span-3">{t("create")}</h2>
      <Field label={t("username")} id="new-username" error={message?.field === "username"}>
        <input id="new-username" name="username" required autoComplete="off" />
      </Field>
      <Field label={t("name")} id="new-name" error={message?.field === "name"}>
        <input id="new-name" name="name" required />
      </Field>
      <Field label={t("temporaryPassword")} id="new-password" error={message?.field === "temporaryPassword"}>
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
      <div className="flex flex-col gap-2 md:col-span-3">
        <FormMessage message={message} />
        <button
          type="submit"
          disabled={pending}
          className="w-fit rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
        >
          {t("save")}
        </button>
      </div>
    </form>
  );
}
