"use client";

import { useTranslations } from "next-intl";
import { ActionForm, FormFooter } from "@/components/ui/action-form";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { Field, SelectField } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useActionForm } from "@/components/ui/use-action-form";
import { closeFacilityAction, updateFacilityAction } from "../actions";
import { splitAliases } from "./aliases";

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
  const save = useActionForm(updateFacilityAction);
  const close = useActionForm(closeFacilityAction);
  const invalid = save.invalid;
  return (
    <div className="flex flex-col gap-4">
      <ActionForm
        columns={2}
        boxed
        title={t("facilityForm.editTitle")}
        onSubmit={(data) => {
          const text = (name: string) => String(data.get(name) ?? "").trim();
          const inpatient = text("hasInpatient");
          save.submit(
            {
              id: facility.id,
              version: facility.version,
              name: text("name"),
              aliases: splitAliases(text("aliases")),
              desaCode: text("desaCode") || null,
              openedOn: text("openedOn") || null,
              placementVerified: data.get("placementVerified") === "on",
              ...(facility.type === "PUSKESMAS" ? { hasInpatient: inpatient === "" ? null : inpatient === "yes" } : {}),
              ...(facility.type === "PUSTU" ? { accompaniedSince: text("accompaniedSince") || null } : {}),
            },
            { successMessage: t("facilityForm.saved") },
          );
        }}
      >
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
          <SelectField
            label={t("facilityForm.hasInpatient")}
            id="edit-inpatient"
            name="hasInpatient"
            defaultValue={facility.hasInpatient === null ? "" : facility.hasInpatient ? "yes" : "no"}
            placeholder={t("facilityForm.unknown")}
            options={[
              { value: "yes", label: t("facilityForm.yes") },
              { value: "no", label: t("facilityForm.no") },
            ]}
          />
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
        <FormFooter message={save.message} pending={save.pending} label={t("facilityForm.save")} columns={2} />
      </ActionForm>
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
            close.submit(
              { id: facility.id, version: facility.version, closedOn },
              { successMessage: t("facilityForm.closed") },
            );
          }}
        />
        <FormMessage message={close.message} />
      </div>
    </div>
  );
}
