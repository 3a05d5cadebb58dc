"use client";

import { useTranslations } from "next-intl";
import { ActionForm, FormFooter } from "@/components/ui/action-form";
import { Field, SelectField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createFacilityAction } from "../actions";
import { splitAliases } from "./aliases";
import { FacilityTypeSelect } from "./facility-type-select";

type Option = { code: string; name: string };

export function CreateFacilityForm({
  districtCode,
  kecamatan,
  parents,
}: {
  districtCode: string;
  kecamatan: Option[];
  parents: { id: string; name: string; type: string }[];
}) {
  const t = useTranslations();
  const { submit, pending, message, invalid } = useActionForm(createFacilityAction);
  return (
    <ActionForm
      columns={3}
      boxed
      title={t("facilityForm.createTitle")}
      onSubmit={(data, form) => {
        const text = (name: string) => String(data.get(name) ?? "").trim();
        submit(
          {
            districtCode,
            type: text("type") as "PUSKESMAS",
            code: text("code"),
            name: text("name"),
            ...(text("kecamatanCode") ? { kecamatanCode: text("kecamatanCode") } : {}),
            ...(text("desaCode") ? { desaCode: text("desaCode") } : {}),
            ...(text("parentId") ? { parentId: text("parentId") } : {}),
            aliases: splitAliases(text("aliases")),
          },
          { successMessage: t("facilityForm.created"), reset: form },
        );
      }}
    >
      <FacilityTypeSelect label={t("facilityForm.type")} id="new-facility-type" name="type" defaultValue="PUSTU" />
      <Field label={t("facilityForm.code")} id="new-facility-code" error={invalid("code")}>
        <input id="new-facility-code" name="code" required maxLength={32} />
      </Field>
      <Field label={t("facilityForm.name")} id="new-facility-name" error={invalid("name")}>
        <input id="new-facility-name" name="name" required maxLength={200} />
      </Field>
      <SelectField
        label={t("facilityForm.kecamatan")}
        id="new-facility-kecamatan"
        error={invalid("kecamatanCode")}
        name="kecamatanCode"
        defaultValue=""
        placeholder="–"
        options={kecamatan.map((option) => ({ value: option.code, label: option.name }))}
      />
      <Field label={t("facilityForm.desaCode")} id="new-facility-desa" error={invalid("desaCode")}>
        <input id="new-facility-desa" name="desaCode" placeholder="17.02.11.2009" />
      </Field>
      <SelectField
        label={t("facilityForm.parent")}
        id="new-facility-parent"
        error={invalid("parentId")}
        name="parentId"
        defaultValue=""
        placeholder="–"
        options={parents.map((option) => ({ value: option.id, label: option.name }))}
      />
      <div className="md:col-span-3">
        <Field label={t("facilityForm.aliases")} id="new-facility-aliases">
          <input id="new-facility-aliases" name="aliases" />
        </Field>
      </div>
      <FormFooter message={message} pending={pending} label={t("facilityForm.create")} columns={3} />
    </ActionForm>
  );
}
