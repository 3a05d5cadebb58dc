"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useServerAction } from "@/components/ui/use-server-action";
import { closeFacilityAction, updateFacilityAction } from "../actions";

type Props = {
  facility: {
    id: string;
    type: "PUSKESMAS" | "PUSTU" | "POSYANDU";
    name: string;
    aliases: string[];
    version: number;
    desaCode: string | null;
    hasInpatient: boolean | null;
    openedOn: string | null;
    accompaniedSince: string | null;
    placementVerified: boolean;
  };
  today: string;
};

/** Edits a facility with the version it was opened at, and closes it after a confirmation. */
export function EditFacilityForm({ facility, today }: Props) {
  const t = useTranslations();
  const router = useRouter();
  const save = useServerAction(updateFacilityAction);
  const close = useServerAction(closeFacilityAction);
  const invalid = (field: string) => save.message?.field === field;
  return (
    <div className="flex flex-col gap-4">
      <form
        className="grid gap-3 rounded border border-slate-200 bg-white p-4 md:grid-cols-2"
        onSubmit={(event) => {
          event.preventDefault();
          const form = new FormData(event.currentTarget);
          const text = (name: string) => String(form.get(name) ?? "").trim();
          const inpatient = text("hasInpatient");
          save.run(
            {
              id: facility.id,
              version: facility.version,
              name: text("name"),
              aliases: text("aliases")
                .split(",")
                .map((alias) => alias.trim())
                .filter(Boolean),
              desaCode: text("desaCode") || null,
              openedOn: text("openedOn") || null,
              placementVerified: form.get("placementVerified") === "on",
              ...(facility.type === "PUSKESMAS" ? { hasInpatient: inpatient === "" ? null : inpatient === "yes" } : {}),
              ...(facility.type === "PUSTU" ? { accompaniedSince: text("accompaniedSince") || null } : {}),
            },
            { successMessage: t("facilityForm.saved"), onSuccess: () => router.refresh() },
          );
        }}
      >
        <h2 className="font-semibold md:col-span-2">{t("facilityForm.editTitle")}</h2>
        <Field label={t("facilityForm.name")} id="edit-name" error={invalid("name")}>
          <input id="edit-name" name="name" defaultValue={facility.name} required maxLength={200} />
        </Field>
        <Field label={t("facilityForm.aliases")} id="edit-aliases" error={invalid("aliases")}>
          <input id="edit-aliases" name="aliases" defaultValue={facility.aliases.join(", ")} />
        </Field>
        <Field label={t("facilityForm.desaCode")} id="edit-desa" error={invalid("desaCode")}>
          <input id="edit-desa" name="desaCode" defaultValue={facility.desaCode ?? ""} placeholder="17.02.11.2009" />
        </Field>
        <Field label={t("facilityForm.openedOn")} id="edit-opened" error={invalid("openedOn")}>
          <input id="edit-opened" name="openedOn" type="date" max={today} defaultValue={facility.openedOn ?? ""} />
        </Field>
        {facility.type === "PUSKESMAS" && (
          <Field label={t("facilityForm.hasInpatient")} id="edit-inpatient">
            <select
              id="edit-inpatient"
              name="hasInpatient"
              defaultValue={facility.hasInpatient === null ? "" : facility.hasInpatient ? "yes" : "no"}
            >
              <option value="">{t("facilityForm.unknown")}</option>
              <option value="yes">{t("facilityForm.yes")}</option>
              <option value="no">{t("facilityForm.no")}</option>
            </select>
          </Field>
        )}
        {facility.type === "PUSTU" && (
          <Field label={t("facilityForm.accompaniedSince")} id="edit-accompanied" error={invalid("accompaniedSince")}>
            <input
              id="edit-accompanied"
              name="accompaniedSince"
              type="date"
              max={today}
              defaultValue={facility.accompaniedSince ?? ""}
            />
          </Field>
        )}
        <label className="flex items-center gap-2 text-sm md:col-span-2">
          <input type="checkbox" name="placementVerified" defaultChecked={facility.placementVerified} />{" "}
          {t("facilityForm.placementVerified")}
        </label>
        <div className="flex flex-col gap-2 md:col-span-2">
          <FormMessage message={save.message} />
          <button
            type="submit"
            disabled={save.pending}
            className="w-fit rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
          >
            {t("facilityForm.save")}
          </button>
        </div>
      </form>
      <div className="flex flex-wrap items-end gap-3 rounded border border-slate-200 bg-white p-4">
        <Field label={t("facilityForm.closedOn")} id="close-date">
          <input id="close-date" type="date" max={today} defaultValue={today} />
        </Field>
        <ConfirmButton
          label={t("facilityForm.close")}
          question={t("facilityForm.confirmClose", { name: facility.name })}
          confirmLabel={t("confirm.yes")}
          cancelLabel={t("confirm.no")}
          disabled={close.pending}
          onConfirm={() => {
            const closedOn = (document.getElementById("close-date") as HTMLInputElement).value;
            close.run(
              { id: facility.id, version: facility.version, closedOn },
              { successMessage: t("facilityForm.closed"), onSuccess: () => router.refresh() },
            );
          }}
        />
        <FormMessage message={close.message} />
      </div>
    </div>
  );
}
