"use client";

import { useTranslations } from "next-intl";
import { Field, SelectField } from "@/components/ui/field";
import { ROLE_OPTIONS } from "@/lib/enums";

export { ROLE_OPTIONS };

/** Role and place inputs; the server resolves and checks the place, whatever is typed here. */
export function RolePlaceFields({
  prefix,
  errorField,
  puskesmasOptions,
}: {
  prefix: string;
  errorField?: string;
  puskesmasOptions: { id: string; name: string }[];
}) {
  const t = useTranslations();
  return (
    <>
      <SelectField
        label={t("users.role")}
        id={`${prefix}-role`}
        error={errorField === "role"}
        name="role"
        defaultValue="DINKES_PLANNER"
        options={ROLE_OPTIONS.map((role) => ({ value: role, label: t(`role.${role}`) }))}
      />
      <Field label={t("users.regionCode")} id={`${prefix}-region`} error={errorField === "regionCode"}>
        <input id={`${prefix}-region`} name="regionCode" placeholder="17.02" />
      </Field>
      <SelectField
        label={t("users.puskesmasId")}
        id={`${prefix}-puskesmas`}
        error={errorField === "puskesmasId"}
        name="puskesmasId"
        defaultValue=""
        placeholder="–"
        options={puskesmasOptions.map((option) => ({ value: option.id, label: option.name }))}
      />
    </>
  );
}

/** Reads the role-and-place fields of a submitted form, leaving out what is empty. */
export function readRolePlace(form: FormData) {
  const regionCode = String(form.get("regionCode") ?? "").trim();
  const puskesmasId = String(form.get("puskesmasId") ?? "").trim();
  return {
    role: String(form.get("role")) as (typeof ROLE_OPTIONS)[number],
    ...(regionCode && !puskesmasId ? { regionCode } : {}),
    ...(puskesmasId ? { puskesmasId } : {}),
  };
}
