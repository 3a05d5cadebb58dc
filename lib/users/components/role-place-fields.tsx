"use client";

import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
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
      <Field label={t("users.role")} id={`${prefix}-role`} error={errorField === "role"}>
        <select id={`${prefix}-role`} name="role" defaultValue="DINKES_PLANNER">
          {ROLE_OPTIONS.map((role) => (
            <option key={role} value={role}>
              {t(`role.${role}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("users.regionCode")} id={`${prefix}-region`} error={errorField === "regionCode"}>
        <input id={`${prefix}-region`} name="regionCode" placeholder="17.02" />
      </Field>
      <Field label={t("users.puskesmasId")} id={`${prefix}-puskesmas`} error={errorField === "puskesmasId"}>
        <select id={`${prefix}-puskesmas`} name="puskesmasId" defaultValue="">
          <option value="">–</option>
          {puskesmasOptions.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
      </Field>
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
