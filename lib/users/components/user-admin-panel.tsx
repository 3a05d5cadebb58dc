"use client";

import { useTranslations } from "next-intl";
import { ActionForm, FormFooter } from "@/components/ui/action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { grantRoleAction, resetPasswordAction, revokeRoleAction, setUserActiveAction } from "../actions";
import { readRolePlace, RolePlaceFields } from "./role-place-fields";

type Props = {
  user: { id: string; name: string; active: boolean };
  grants: { assignmentId: string; role: string; placeName: string | null }[];
  puskesmasOptions: { id: string; name: string }[];
};

/** Roles, password reset and (de)activation of one user; every step confirms first when it takes something away. */
export function UserAdminPanel({ user, grants, puskesmasOptions }: Props) {
  const t = useTranslations();
  const done = { successMessage: t("users.done") };
  const revoke = useActionForm(revokeRoleAction);
  const grant = useActionForm(grantRoleAction);
  const reset = useActionForm(resetPasswordAction);
  const activation = useActionForm(setUserActiveAction);
  const confirmLabels = { confirmLabel: t("confirm.yes"), cancelLabel: t("confirm.no") };

  return (
    <div className="flex flex-col gap-6">
      <section className="rounded border border-slate-200 bg-white p-4">
        <h2 className="mb-2 font-semibold">{t("users.roles")}</h2>
        <ul className="flex flex-col gap-2 text-sm">
          {grants.map((grant) => (
            <li key={grant.assignmentId} className="flex items-center gap-3">
              <span>
                {t(`role.${grant.role as "VIEWER"}`)} · {grant.placeName ?? t("users.national")}
              </span>
              <ConfirmButton
                label={t("users.revoke")}
                question={t("users.confirmRevoke", { role: t(`role.${grant.role as "VIEWER"}`), name: user.name })}
                {...confirmLabels}
                disabled={revoke.pending}
                onConfirm={() => revoke.submit({ roleAssignmentId: grant.assignmentId }, done)}
              />
            </li>
          ))}
        </ul>
        <FormMessage message={revoke.message} />
      </section>

      <ActionForm
        columns={3}
        boxed
        title={t("users.grant")}
        onSubmit={(data) => grant.submit({ userId: user.id, ...readRolePlace(data) }, done)}
      >
        <RolePlaceFields prefix="grant" errorField={grant.message?.field} puskesmasOptions={puskesmasOptions} />
        <FormFooter message={grant.message} pending={grant.pending} label={t("users.grant")} columns={3} />
      </ActionForm>

      <form
        className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-4"
        onSubmit={(event) => event.preventDefault()}
      >
        <Field
          label={t("users.temporaryPassword")}
          id="reset-password"
          error={reset.message?.field === "temporaryPassword"}
        >
          <input
            id="reset-password"
            name="temporaryPassword"
            type="password"
            minLength={12}
            autoComplete="new-password"
          />
        </Field>
        <ConfirmButton
          label={t("users.resetPassword")}
          question={t("users.confirmReset", { name: user.name })}
          {...confirmLabels}
          disabled={reset.pending}
          onConfirm={() => {
            const input = document.getElementById("reset-password") as HTMLInputElement;
            reset.submit(
              { userId: user.id, temporaryPassword: input.value },
              {
                ...done,
                onSuccess: () => {
                  input.value = "";
                },
              },
            );
          }}
        />
        <FormMessage message={reset.message} />
      </form>

      <section className="flex items-center gap-3 rounded border border-slate-200 bg-white p-4">
        {user.active ? (
          <ConfirmButton
            label={t("users.deactivate")}
            question={t("users.confirmDeactivate", { name: user.name })}
            {...confirmLabels}
            disabled={activation.pending}
            onConfirm={() => activation.submit({ userId: user.id, active: false }, done)}
          />
        ) : (
          <button
            type="button"
            onClick={() => activation.submit({ userId: user.id, active: true }, done)}
            className="rounded border px-3 py-1 text-sm"
          >
            {t("users.activate")}
          </button>
        )}
        <FormMessage message={activation.message} />
      </section>
    </div>
  );
}
