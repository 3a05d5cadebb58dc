"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { Field } from "@/components/ui/field";
import { FormMessage } from "@/components/ui/form-message";
import { useServerAction } from "@/components/ui/use-server-action";
import { createFacilityAction } from "../actions";

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
  const router = useRouter();
  const { run, pending, message } = useServerAction(createFacilityAction);
  const invalid = (field: string) => message?.field === field;
  return (
    <form
      className="grid gap-3 rounded border border-slate-200 bg-white p-4 md:grid-cols-3"
      onSubmit={(event) => {
        event.preventDefault();
        const formElement = event.currentTarget;
        const form = new FormData(formElement);
        const text = (name: string) => String(form.get(name) ?? "").trim();
        run(
          {
            districtCode,
            type: text("type") as "PUSKESMAS",
            code: text("code"),
            name: text("name"),
            ...(text("kecamatanCode") ? { kecamatanCode: text("kecamatanCode") } : {}),
            ...(text("desaCode") ? { desaCode: text("desaCode") } : {}),
            ...(text("parentId") ? { parentId: text("parentId") } : {}),
            aliases: text("aliases")
              .split(",")
              .map((alias) => alias.trim())
              .filter(Boolean),
          },
          {
            successMessage: t("facilityForm.created"),
            onSuccess: () => {
              formElement.reset();
              router.refresh();
            },
          },
        );
      }}
    >
      <h2 className="font-semibold md:col-span-3">{t("facilityForm.createTitle")}</h2>
      <Field label={t("facilityForm.type")} id="new-facility-type">
        <select id="new-facility-type" name="type" defaultValue="PUSTU">
          {(["PUSKESMAS", "PUSTU", "POSYANDU"] as const).map((type) => (
            <option key={type} value={type}>
              {t(`facilityType.${type}`)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("facilityForm.code")} id="new-facility-code" error={invalid("code")}>
        <input id="new-facility-code" name="code" required maxLength={32} />
      </Field>
      <Field label={t("facilityForm.name")} id="new-facility-name" error={invalid("name")}>
        <input id="new-facility-name" name="name" required maxLength={200} />
      </Field>
      <Field label={t("facilityForm.kecamatan")} id="new-facility-kecamatan" error={invalid("kecamatanCode")}>
        <select id="new-facility-kecamatan" name="kecamatanCode" defaultValue="">
          <option value="">–</option>
          {kecamatan.map((option) => (
            <option key={option.code} value={option.code}>
              {option.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t("facilityForm.desaCode")} id="new-facility-desa" error={invalid("desaCode")}>
        <input id="new-facility-desa" name="desaCode" placeholder="17.02.11.2009" />
      </Field>
      <Field label={t("facilityForm.parent")} id="new-facility-parent" error={invalid("parentId")}>
        <select id="new-facility-parent" name="parentId" defaultValue="">
          <option value="">–</option>
          {parents.map((option) => (
            <option key={option.id} value={option.id}>
              {option.name}
            </option>
          ))}
        </select>
      </Field>
      <div className="md:col-span-3">
        <Field label={t("facilityForm.aliases")} id="new-facility-aliases">
          <input id="new-facility-aliases" name="aliases" />
        </Field>
      </div>
      <div className="flex flex-col gap-2 md:col-span-3">
        <FormMessage message={message} />
        <button
          type="submit"
          disabled={pending}
          className="w-fit rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60"
        >
          {t("facilityForm.create")}
        </button>
      </div>
    </form>
  );
}
