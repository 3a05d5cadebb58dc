"use client";

import { useTranslations } from "next-intl";
import { ActionForm, FormFooter } from "@/components/ui/action-form";
import { Field, SelectField } from "@/components/ui/field";
import { useActionForm } from "@/components/ui/use-action-form";
import { createDataSetAction, createElementAction, updateDataSetAction, updateElementAction } from "../actions";
import type { Definitions } from "../queries";
import { VALUE_TYPES } from "../values";

type DataSet = Definitions["dataSets"][number];
type Element = DataSet["elements"][number];
type Cluster = Definitions["clusters"][number];
type ValueType = (typeof VALUE_TYPES)[number];

const text = (form: FormData, name: string) => String(form.get(name) ?? "");
const limit = (form: FormData, name: string) => {
  const value = text(form, name).trim().replace(",", ".");
  return value === "" ? null : Number(value);
};
const readElement = (form: FormData) => ({
  nameId: text(form, "nameId"),
  nameEn: text(form, "nameEn"),
  definition: text(form, "definition"),
  source: text(form, "source"),
  min: limit(form, "min"),
  max: limit(form, "max"),
  required: form.get("required") === "on",
  headline: form.get("headline") === "on",
  valueType: text(form, "valueType") as ValueType,
  clusterId: text(form, "clusterId") === "" ? null : Number(text(form, "clusterId")),
});

function ElementFields({ prefix, element, clusters }: { prefix: string; element?: Element; clusters: Cluster[] }) {
  const t = useTranslations();
  const id = (name: string) => `${prefix}-${name}`;
  return (
    <>
      <Field label={t("monthly.admin.nameId")} id={id("name-id")}>
        <input id={id("name-id")} name="nameId" defaultValue={element?.nameId} required maxLength={200} />
      </Field>
      <Field label={t("monthly.admin.nameEn")} id={id("name-en")}>
        <input id={id("name-en")} name="nameEn" defaultValue={element?.nameEn} required maxLength={200} />
      </Field>
      <SelectField
        label={t("monthly.admin.valueType")}
        id={id("type")}
        name="valueType"
        defaultValue={element?.valueType ?? "INTEGER"}
        options={VALUE_TYPES.map((type) => ({ value: type, label: t(`monthly.admin.types.${type}`) }))}
      />
      <SelectField
        label={t("monthly.admin.cluster")}
        id={id("cluster")}
        name="clusterId"
        defaultValue={element?.clusterId ?? ""}
        placeholder={t("monthly.admin.noCluster")}
        options={clusters.map((cluster) => ({ value: String(cluster.id), label: cluster.name }))}
      />
      <Field label={t("monthly.admin.min")} id={id("min")}>
        <input id={id("min")} name="min" inputMode="decimal" defaultValue={element?.min ?? ""} maxLength={14} />
      </Field>
      <Field label={t("monthly.admin.max")} id={id("max")}>
        <input id={id("max")} name="max" inputMode="decimal" defaultValue={element?.max ?? ""} maxLength={14} />
      </Field>
      <Field label={t("monthly.definition")} id={id("definition")}>
        <input id={id("definition")} name="definition" defaultValue={element?.definition} required maxLength={500} />
      </Field>
      <Field label={t("monthly.source")} id={id("source")}>
        <input id={id("source")} name="source" defaultValue={element?.source} required maxLength={500} />
      </Field>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="required" defaultChecked={element?.required ?? false} /> {t("monthly.required")}
      </label>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="headline" defaultChecked={element?.headline ?? false} />{" "}
        {t("monthly.admin.headline")}
      </label>
    </>
  );
}

/** Changes an element's definition; a version values already use is kept, the change written as the next. */
export function ElementForm({ element, clusters }: { element: Element; clusters: Cluster[] }) {
  const t = useTranslations();
  const { submit, pending, message } = useActionForm(updateElementAction);
  return (
    <ActionForm
      columns={2}
      gap="gap-2"
      onSubmit={(data) =>
        submit({ elementId: element.id, ...readElement(data) }, { successMessage: t("monthly.admin.saved") })
      }
    >
      <ElementFields prefix={element.id} element={element} clusters={clusters} />
      <FormFooter message={message} pending={pending} label={t("monthly.admin.save")} columns={2} size="medium" />
    </ActionForm>
  );
}

/** Adds an element to a data set. */
export function NewElementForm({ dataSetId, clusters }: { dataSetId: string; clusters: Cluster[] }) {
  const t = useTranslations();
  const { submit, pending, message, invalid } = useActionForm(createElementAction);
  const prefix = `new-${dataSetId}`;
  return (
    <ActionForm
      columns={2}
      gap="gap-2"
      onSubmit={(data, form) =>
        submit(
          { dataSetId, code: text(data, "code"), ...readElement(data) },
          { successMessage: t("monthly.admin.added"), reset: form },
        )
      }
    >
      <Field label={t("monthly.admin.code")} id={`${prefix}-code`} error={invalid("code")}>
        <input id={`${prefix}-code`} name="code" required maxLength={32} pattern="[A-Z][A-Z0-9_]{1,31}" />
      </Field>
      <ElementFields prefix={prefix} clusters={clusters} />
      <FormFooter message={message} pending={pending} label={t("monthly.admin.addElement")} columns={2} size="medium" />
    </ActionForm>
  );
}

function DataSetFields({ prefix, dataSet }: { prefix: string; dataSet?: DataSet }) {
  const t = useTranslations();
  return (
    <>
      <Field label={t("monthly.admin.nameId")} id={`${prefix}-name-id`}>
        <input id={`${prefix}-name-id`} name="nameId" defaultValue={dataSet?.nameId} required maxLength={200} />
      </Field>
      <Field label={t("monthly.admin.nameEn")} id={`${prefix}-name-en`}>
        <input id={`${prefix}-name-en`} name="nameEn" defaultValue={dataSet?.nameEn} required maxLength={200} />
      </Field>
      <Field label={t("monthly.grid.dueDayLabel")} id={`${prefix}-due`}>
        <input
          id={`${prefix}-due`}
          name="dueDay"
          type="number"
          min={1}
          max={28}
          defaultValue={dataSet?.dueDay ?? 10}
          required
        />
      </Field>
    </>
  );
}
const readDataSet = (form: FormData) => ({
  nameId: text(form, "nameId"),
  nameEn: text(form, "nameEn"),
  dueDay: Number(text(form, "dueDay")),
});

/** Renames a data set or changes its default due day (a district may set its own). */
export function DataSetForm({ dataSet }: { dataSet: DataSet }) {
  const t = useTranslations();
  const { submit, pending, message } = useActionForm(updateDataSetAction);
  return (
    <ActionForm
      columns={2}
      gap="gap-2"
      onSubmit={(data) =>
        submit({ dataSetId: dataSet.id, ...readDataSet(data) }, { successMessage: t("monthly.admin.saved") })
      }
    >
      <DataSetFields prefix={dataSet.id} dataSet={dataSet} />
      <FormFooter message={message} pending={pending} label={t("monthly.admin.save")} columns={2} size="medium" />
    </ActionForm>
  );
}

/** Adds a monthly data set. */
export function NewDataSetForm() {
  const t = useTranslations();
  const { submit, pending, message, invalid } = useActionForm(createDataSetAction);
  return (
    <ActionForm
      columns={2}
      gap="gap-2"
      onSubmit={(data, form) =>
        submit(
          { code: text(data, "code"), ...readDataSet(data) },
          { successMessage: t("monthly.admin.added"), reset: form },
        )
      }
    >
      <Field label={t("monthly.admin.code")} id="new-data-set-code" error={invalid("code")}>
        <input id="new-data-set-code" name="code" required maxLength={32} pattern="[A-Z][A-Z0-9_]{1,31}" />
      </Field>
      <DataSetFields prefix="new-data-set" />
      <FormFooter message={message} pending={pending} label={t("monthly.admin.addDataSet")} columns={2} size="medium" />
    </ActionForm>
  );
}
