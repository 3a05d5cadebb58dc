"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field, SelectField } from "@/components/ui/field";
import type { Role } from "@/lib/generated/prisma/enums";

/** What the server says this admin may grant: roles, places by code, and one district's puskesmas. */
export type GrantOptions = {
  roles: Role[];
  regions: { code: string; name: string; level: "PROVINSI" | "KABUPATEN" }[];
  /** The district whose puskesmas are listed (the `kabupaten` URL parameter), if any. */
  districtCode: string | null;
  puskesmas: { id: string; name: string }[];
};

/**
 * Role and place inputs offering only what the admin may grant; the server checks the
 * place again, whatever is sent. Choosing a district lists its puskesmas (the page
 * reloads its data for that district; what was typed stays).
 */
export function RolePlaceFields({
  prefix,
  errorField,
  options,
}: {
  prefix: string;
  errorField?: string;
  options: GrantOptions;
}) {
  const t = useTranslations();
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const onlyDistrict = options.regions.length === 1 ? options.regions[0]!.code : null;
  const showPuskesmasOf = (code: string) => {
    const region = options.regions.find((option) => option.code === code);
    if (region?.level !== "KABUPATEN" || code === options.districtCode) return;
    const params = new URLSearchParams(search.toString());
    params.set("kabupaten", code);
    router.replace(`${pathname}?${params}`, { scroll: false });
  };
  const place = (level: "PROVINSI" | "KABUPATEN") =>
    options.regions
      .filter((region) => region.level === level)
      .map((region) => ({ value: region.code, label: `${region.name} (${region.code})` }));
  return (
    <>
      <SelectField
        label={t("users.role")}
        id={`${prefix}-role`}
        error={errorField === "role"}
        name="role"
        defaultValue={options.roles.includes("DINKES_PLANNER") ? "DINKES_PLANNER" : options.roles[0]}
        options={options.roles.map((role) => ({ value: role, label: t(`role.${role}`) }))}
      />
      <Field label={t("users.region")} id={`${prefix}-region`} error={errorField === "regionCode"}>
        <select
          id={`${prefix}-region`}
          name="regionCode"
          defaultValue={options.districtCode ?? onlyDistrict ?? ""}
          onChange={(event) => showPuskesmasOf(event.target.value)}
        >
          {!onlyDistrict && <option value="">{t("users.noRegion")}</option>}
          {place("PROVINSI").length > 0 && (
            <optgroup label={t("users.provinces")}>
              {place("PROVINSI").map((option) => (
                <option key={option.value} value={option.value}>
                  {option.label}
                </option>
              ))}
            </optgroup>
          )}
          <optgroup label={t("users.districts")}>
            {place("KABUPATEN").map((option) => (
              <option key={option.value} value={option.value}>
                {option.label}
              </option>
            ))}
          </optgroup>
        </select>
      </Field>
      <SelectField
        label={t("users.puskesmasId")}
        id={`${prefix}-puskesmas`}
        error={errorField === "puskesmasId"}
        name="puskesmasId"
        defaultValue=""
        placeholder={options.puskesmas.length ? "–" : t("users.pickDistrictFirst")}
        options={options.puskesmas.map((option) => ({ value: option.id, label: option.name }))}
      />
    </>
  );
}

/** Reads the role-and-place fields of a submitted form, leaving out what is empty. */
export function readRolePlace(form: FormData) {
  const regionCode = String(form.get("regionCode") ?? "").trim();
  const puskesmasId = String(form.get("puskesmasId") ?? "").trim();
  return {
    role: String(form.get("role")) as Role,
    ...(regionCode && !puskesmasId ? { regionCode } : {}),
    ...(puskesmasId ? { puskesmasId } : {}),
  };
}
