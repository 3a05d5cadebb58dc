"use client";

import { useTranslations } from "next-intl";
import { SelectField } from "@/components/ui/field";
import { FACILITY_TYPES } from "@/lib/enums";

/** The facility type picker (puskesmas, pustu, posyandu), named `name` in its form. */
export function FacilityTypeSelect({
  label,
  id,
  name,
  defaultValue,
}: {
  label: string;
  id: string;
  name: string;
  defaultValue?: string;
}) {
  const t = useTranslations("facilityType");
  return (
    <SelectField
      label={label}
      id={id}
      name={name}
      defaultValue={defaultValue}
      options={FACILITY_TYPES.map((type) => ({ value: type, label: t(type) }))}
    />
  );
}
