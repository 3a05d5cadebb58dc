"use client";

import { useTranslations } from "next-intl";
import { ActionForm, FormFooter } from "@/components/ui/action-form";
import { Field } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { setDistrictOfficeAction } from "../actions";
import type { DistrictOfficeRow } from "../queries";

const text = (data: FormData, name: string) => String(data.get(name) ?? "");

/** The district's report signatory: office, place of signing and Kepala Dinas (for admins and planners). */
export function DistrictOfficeForm({
  districtCode,
  districtName,
  defaultPlace,
  office,
}: {
  districtCode: string;
  districtName: string;
  defaultPlace: string;
  office: DistrictOfficeRow | null;
}) {
  const t = useTranslations("signers.office");
  const { submit, pending, message, invalid } = useActionForm(setDistrictOfficeAction);
  return (
    <details className="rounded border border-slate-200 bg-white p-3 text-sm print:hidden" data-testid="office-form">
      <summary className="cursor-pointer font-medium text-brand-700">{t("title")}</summary>
      <p className="my-2 text-slate-700">{t("explain")}</p>
      <ActionForm
        columns={2}
        onSubmit={(data) =>
          submit(
            {
              districtCode,
              officeName: text(data, "officeName"),
              place: text(data, "place"),
              headName: text(data, "headName"),
              headNip: text(data, "headNip"),
              headTitle: text(data, "headTitle"),
              version: office?.version ?? 0,
            },
            { successMessage: t("saved") },
          )
        }
      >
        <Field label={t("headName")} id="office-headName" error={invalid("headName")}>
          <input
            id="office-headName"
            name="headName"
            defaultValue={office?.headName ?? ""}
            maxLength={120}
            autoComplete="off"
          />
        </Field>
        <Field label={t("headNip")} id="office-headNip" error={invalid("headNip")}>
          <input
            id="office-headNip"
            name="headNip"
            defaultValue={office?.headNip ?? ""}
            inputMode="numeric"
            maxLength={40}
          />
        </Field>
        <Field label={t("headTitle")} id="office-headTitle" error={invalid("headTitle")}>
          <input
            id="office-headTitle"
            name="headTitle"
            defaultValue={office?.headTitle ?? ""}
            maxLength={200}
            placeholder={t("headTitleHint")}
          />
        </Field>
        <Field label={t("officeName")} id="office-officeName" error={invalid("officeName")}>
          <input
            id="office-officeName"
            name="officeName"
            defaultValue={office?.officeName ?? ""}
            maxLength={200}
            placeholder={t("officeNameHint", { district: districtName })}
          />
        </Field>
        <Field label={t("place")} id="office-place" error={invalid("place")}>
          <input
            id="office-place"
            name="place"
            defaultValue={office?.place ?? ""}
            maxLength={100}
            placeholder={t("placeHint", { place: defaultPlace })}
          />
        </Field>
        <FormFooter message={message} pending={pending} label={t("save")} columns={2} size="medium" />
      </ActionForm>
    </details>
  );
}
