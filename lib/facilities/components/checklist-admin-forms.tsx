"use client";

import { useState } from "react";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useServerAction } from "@/components/ui/use-server-action";
import { STAGES } from "@/lib/rollout/stages";
import { createChecklistItemAction, updateChecklistItemAction } from "../actions";
import type { ChecklistItem } from "../stage-queries";

const text = (form: FormData, name: string) => String(form.get(name) ?? "");

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
  const router = useRouter();
  const [version, setVersion] = useState(item.version);
  const { run, pending, message } = useServerAction(updateChecklistItemAction);
  return (
    <form
      className="grid gap-2 md:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        const form = new FormData(event.currentTarget);
        run(
          {
            id: item.id,
            version,
            labelId: text(form, "labelId"),
            labelEn: text(form, "labelEn"),
            source: text(form, "source"),
            sortOrder: Number(form.get("sortOrder")),
            active: form.get("active") === "on",
          },
          {
            successMessage: t("stageChecklist.saved"),
            onSuccess: (result) => {
              if (result.ok) setVersion((result.data as { version: number }).version);
              router.refresh();
            },
          },
        );
      }}
    >
      <CommonFields prefix={item.id} item={item} />
      <div className="flex flex-col gap-2 md:col-span-2">
        <FormMessage message={message} />
        <button
          type="submit"
          disabled={pending}
          className="w-fit rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
        >
          {t("stageChecklist.save")}
        </button>
      </div>
    </form>
  );
}

/** Adds an item to a stage's checklist. */
export function NewChecklistItemForm() {
  const t = useTranslations();
  const router = useRouter();
  const { run, pending, message } = useServerAction(createChecklistItemAction);
  return (
    <form
      className="grid gap-2 md:grid-cols-2"
      onSubmit={(event) => {
        event.preventDefault();
        const target = event.currentTarget;
        const form = new FormData(target);
        run(
          {
            code: text(form, "code"),
            stage: text(form, "stage"),
            facilityType: text(form, "facilityType") as "PUSKESMAS",
            labelId: text(form, "labelId"),
            labelEn: text(form, "labelEn"),
            source: text(form, "source"),
            sortOrder: Number(form.get("sortOrder")),
            active: form.get("active") === "on",
          },
          {
            successMessage: t("stageChecklist.added"),
            onSuccess: () => {
              target.reset();
              router.refresh();
            },
          },
        );
      }}
    >
      <Field label={t("stageChecklist.code")} id="new-code" error={message?.field === "code"}>
        <input id="new-code" name="code" required maxLength={40} pattern="[A-Z0-9_]{2,40}" />
      </Field>
      <Field label={t("stageChecklist.stage")} id="new-stage">
        <select id="new-stage" name="stage">
          {STAGES.filter((stage) => stage !== "BELUM").map((stage) => (
            <option key={stage} value={stage}>
              {t(`stage.${stage}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("stageChecklist.facilityType")} id="new-type">
        <select id="new-type" name="facilityType">
          {(["PUSKESMAS", "PUSTU", "POSYANDU"] as const).map((type) => (
            <option key={type} value={type}>
              {t(`facilityType.${type}`)}
            </option>
          ))}
        </select>
      </Field>
      <CommonFields prefix="new" />
      <div className="flex flex-col gap-2 md:col-span-2">
        <FormMessage message={message} />
        <button
          type="submit"
          disabled={pending}
          className="w-fit rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60"
        >
          {t("stageChecklist.add")}
        </button>
      </div>
    </form>
  );
}
