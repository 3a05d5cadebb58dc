"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useServerAction } from "@/components/ui/use-server-action";
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
  const router = useRouter();
  const refresh = { successMessage: t("users.done"), onSuccess: () => router.refresh() };
  const revoke = useServerAction(revokeRoleAction);
  const grant = useServerAction(grantRoleAction);
  const reset = useServerAction(resetPasswordAction);
  const activation = useServerAction(setUserActiveAction);
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
                onConfirm={() => revoke.run({ roleAssignmentId: grant.assignmentId }, refresh)}
              />
            </li>
          ))}
        </ul>
        <FormMessage message={revoke.message} />
      </section>

      <form
        className="grid gap-3 rounded border border-slate-200 bg-white p-4 md:grid-cols-3"
        onSubmit={(event) => {
          event.preventDefault();
          grant.run({ userId: user.id, ...readRolePlace(new FormData(event.currentTarget)) }, refresh);
        }}
      >
        <h2 className="font-semibold md:col-span-3">{t("users.grant")}</h2>
        <RolePlaceFields prefix="grant" errorField={grant.message?.field} puskesmasOptions={puskesmasOptions} />
        <div className="flex flex-col gap-2 md:col-span-3">
          <FormMessage message={grant.message} />
          <button
            type="submit"
            disabled={grant.pending}
            className="w-fit rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white"
          >
            {t("users.grant")}
          </button>
        </div>
      </form>

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
            reset.run(
              { userId: user.id, temporaryPassword: input.value },
              {
                ...refresh,
                onSuccess: () => {
                  input.value = "";
                  router.refresh();
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
            onConfirm={() => activation.run({ userId: user.id, active: false }, refresh)}
          />
        ) : (
          <button
            type="button"
            onClick={() => activation.run({ userId: user.id, active: true }, refresh)}
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
