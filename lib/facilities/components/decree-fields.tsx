"use client";

import { useTranslations } from "next-intl";
import { Field, SelectField } from "@/components/ui/field";

export type Decree = { decreeIssuer: string; decreeNumber: string; decreeDate: string };

/**
 * The decree behind a puskesmas' "Menerapkan ILP": issuer, number and date (no later
 * than today). Named and required inside a form; bound to `decree` when `onChange` is given.
 */
export function DecreeFields({
  id,
  invalid,
  minDate,
  today,
  decree,
  onChange,
}: {
  id: (name: string) => string;
  invalid: (field: string) => boolean;
  minDate: string;
  today: string;
  decree?: Decree;
  onChange?: (decree: Decree) => void;
}) {
  const t = useTranslations("stageForm");
  const bind = (key: keyof Decree) =>
    decree && onChange
      ? {
          value: decree[key],
          onChange: (event: { currentTarget: { value: string } }) =>
            onChange({ ...decree, [key]: event.currentTarget.value }),
        }
      : { name: key, required: true };
  return (
    <>
      <SelectField
        label={t("decreeIssuer")}
        id={id("decree-issuer")}
        error={invalid("decreeIssuer")}
        {...(decree ? {} : { defaultValue: "" })}
        {...bind("decreeIssuer")}
        placeholder={t("decreeIssuerChoose")}
        options={[
          { value: "BUPATI", label: "Bupati" },
          { value: "KEPALA_DINAS", label: "Kepala Dinas" },
        ]}
      />
      <Field label={t("decreeNumber")} id={id("decree-number")} error={invalid("decreeNumber")}>
        <input id={id("decree-number")} maxLength={120} {...bind("decreeNumber")} />
      </Field>
      <Field label={t("decreeDate")} id={id("decree-date")} error={invalid("decreeDate")}>
        <input id={id("decree-date")} type="date" min={minDate} max={today} {...bind("decreeDate")} />
      </Field>
    </>
  );
}
