"use client";

import { useState } from "react";
import { useTranslations } from "next-intl";
import { ActionForm, FormFooter } from "@/components/ui/action-form";
import { Field, SelectField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { STAGES } from "@/lib/rollout/stages";
import { createChecklistItemAction, updateChecklistItemAction } from "../actions";
import type { ChecklistItem } from "../stage-queries";
import { FacilityTypeSelect } from "./facility-type-select";

const text = (form: FormData, name: string) => String(form.get(name) ?? "");
const readCommon = (form: FormData) => ({
  labelId: text(form, "labelId"),
  labelEn: text(form, "labelEn"),
  source: text(form, "source"),
  sortOrder: Number(form.get("sortOrder")),
  active: form.get("active") === "on",
});

function CommonFields({ prefix, item }: { prefix: string; item?: ChecklistItem }) {
  const t = useTranslations();
  const id = (name: string) => `${prefix}-${name}`;
  return (
    <>
      <Field label={t("stageChecklist.labelId")} id={id("label-id")}>
        <input id={id("label-id")} name="labelId" defaultValue={item?.labelId} required maxLength={300} />
      </Field>
      <Field label={t("stageChecklist.labelEn")} id={id("label-en")}>
        <input id={id("label-en")} name="labelEn" defaultValue={item?.labelEn} required maxLength={300} />
      </Field>
      <Field label={t("stageChecklist.source")} id={id("source")}>
        <input id={id("source")} name="source" defaultValue={item?.source ?? ""} maxLength={500} />
      </Field>
      <Field label={t("stageChecklist.sortOrder")} id={id("order")}>
        <input
          id={id("order")}
          name="sortOrder"
          type="number"
          min={0}
          max={10000}
          defaultValue={item?.sortOrder ?? 100}
          required
        />
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="active" defaultChecked={item?.active ?? true} /> {t("stageChecklist.active")}
      </label>
    </>
  );
}

/** Edits one checklist item; carries its version, so two admins cannot overwrite each other. */
export function ChecklistItemForm({ item }: { item: ChecklistItem }) {
  const t = useTranslations();
  const [version, setVersion] = useState(item.version);
  const { submit, pending, message } = useActionForm(updateChecklistItemAction);
  return (
    <ActionForm
      columns={2}
      gap="gap-2"
      onSubmit={(data) =>
        submit(
          { id: item.id, version, ...readCommon(data) },
          {
            successMessage: t("stageChecklist.saved"),
            onSuccess: (result) => {
              if (result.ok) setVersion((result.data as { version: number }).version);
            },
          },
        )
      }
    >
      <CommonFields prefix={item.id} item={item} />
      <FormFooter message={message} pending={pending} label={t("stageChecklist.save")} columns={2} size="medium" />
    </ActionForm>
  );
}

/** Adds an item to a stage's checklist. */
export function NewChecklistItemForm() {
  const t = useTranslations();
  const { submit, pending, message, invalid } = useActionForm(createChecklistItemAction);
  return (
    <ActionForm
      columns={2}
      gap="gap-2"
      onSubmit={(data, form) =>
        submit(
          {
            code: text(data, "code"),
            stage: text(data, "stage"),
            facilityType: text(data, "facilityType") as "PUSKESMAS",
            ...readCommon(data),
          },
          { successMessage: t("stageChecklist.added"), reset: form },
        )
      }
    >
      <Field label={t("stageChecklist.code")} id="new-code" error={invalid("code")}>
        <input id="new-code" name="code" required maxLength={40} pattern="[A-Z0-9_]{2,40}" />
      </Field>
      <SelectField
        label={t("stageChecklist.stage")}
        id="new-stage"
        name="stage"
        options={STAGES.filter((stage) => stage !== "BELUM").map((stage) => ({
          value: stage,
          label: t(`stage.${stage}`),
        }))}
      />
      <FacilityTypeSelect label={t("stageChecklist.facilityType")} id="new-type" name="facilityType" />
      <CommonFields prefix="new" />
      <FormFooter message={message} pending={pending} label={t("stageChecklist.add")} columns={2} size="medium" />
    </ActionForm>
  );
}
