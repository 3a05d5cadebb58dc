"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { ConfirmButton } from "@/components/ui/confirm-button";
import { FormMessage } from "@/components/ui/form-message";
import { useServerAction } from "@/components/ui/use-server-action";
import { saveReportAction } from "../actions";
import type { ElementView } from "../queries";
import { checkValue, isFarFromPrevious } from "../values";

type Props = {
  puskesmasId: string;
  dataSetId: string;
  period: string;
  periodLabel: string;
  elements: ElementView[];
  values: Record<string, { value: string; explanation: string | null }>;
  previous: Record<string, number[]>;
  outlierMonths: number;
  version: number;
  editable: boolean;
  /** Where the page shows this form's successes (PageNotice): a save remounts the form, keyed by version. */
  noticeScope: string;
};

/** The monthly form, one element per row (usable on a phone): save as draft, or submit after a confirmation. */
export function ReportForm(props: Props) {
  const t = useTranslations();
  const locale = useLocale();
  const router = useRouter();
  const save = useServerAction(saveReportAction);
  const [values, setValues] = useState<Record<string, string>>(() =>
    Object.fromEntries(props.elements.map((element) => [element.id, props.values[element.id]?.value ?? ""])),
  );
  const [explanations, setExplanations] = useState<Record<string, string>>(() =>
    Object.fromEntries(props.elements.map((element) => [element.id, props.values[element.id]?.explanation ?? ""])),
  );

  const problemOf = (element: ElementView) => {
    const result = checkValue(element, values[element.id]);
    return result.ok ? null : t(result.messageKey as "common.error", result.values ?? {});
  };
  const isFar = (element: ElementView) => {
    if (element.valueType !== "INTEGER" && element.valueType !== "PERCENT") return false;
    const result = checkValue(element, values[element.id]);
    return (
      result.ok && result.value !== null && isFarFromPrevious(Number(result.value), props.previous[element.code] ?? [])
    );
  };
  const send = (submit: boolean) =>
    save.run(
      {
        puskesmasId: props.puskesmasId,
        dataSetId: props.dataSetId,
        period: props.period,
        submit,
        version: props.version,
        values: props.elements.map((element) => ({
          elementId: element.id,
          value: values[element.id] ?? "",
          ...(explanations[element.id]?.trim() ? { explanation: explanations[element.id]!.trim() } : {}),
        })),
      },
      {
        successMessage: t(submit ? "monthly.submitted" : "monthly.saved"),
        noticeScope: props.noticeScope,
        onSuccess: () => router.refresh(),
      },
    );

  return (
    <form className="flex flex-col gap-3" onSubmit={(event) => event.preventDefault()} data-testid="report-form">
      <ol className="flex flex-col gap-3">
        {props.elements.map((element) => {
          const name = locale === "en" ? element.nameEn : element.nameId;
          const inputId = `value-${element.code}`;
          const problem = problemOf(element);
          const far = isFar(element);
          const previous = props.previous[element.code] ?? [];
          return (
            <li key={element.id} className="flex flex-col gap-1 rounded border border-slate-200 bg-white p-3">
              <label htmlFor={inputId} className="font-medium">
                {name}
                {element.required && <span className="ml-1 text-xs text-red-700">({t("monthly.required")})</span>}
              </label>
              <p className="text-xs text-slate-500">
                {element.definition}{" "}
                <span className="italic">
                  {t("monthly.source")}: {element.source}
                </span>
              </p>
              {element.valueType === "YES_NO" ? (
                <select
                  id={inputId}
                  value={values[element.id]}
                  disabled={!props.editable}
                  onChange={(event) => setValues({ ...values, [element.id]: event.target.value })}
                  className="w-full rounded border border-slate-300 px-2 py-2 sm:w-48"
                >
                  <option value="">{t("monthly.notEntered")}</option>
                  <option value="true">{t("monthly.yes")}</option>
                  <option value="false">{t("monthly.no")}</option>
                </select>
              ) : (
                <input
                  id={inputId}
                  value={values[element.id]}
                  disabled={!props.editable}
                  inputMode={
                    element.valueType === "TEXT" ? "text" : element.valueType === "PERCENT" ? "decimal" : "numeric"
                  }
                  maxLength={200}
                  onChange={(event) => setValues({ ...values, [element.id]: event.target.value })}
                  aria-invalid={problem ? true : undefined}
                  className="w-full rounded border border-slate-300 px-2 py-2 sm:w-48"
                />
              )}
              {previous.length > 0 && (
                <p className="text-xs text-slate-500">{t("monthly.previous", { values: previous.join(", ") })}</p>
              )}
              {problem && (
                <p role="alert" className="text-sm text-red-700">
                  {problem}
                </p>
              )}
              {(far || props.values[element.id]?.explanation) && (
                <div className="flex flex-col gap-1 rounded bg-amber-50 p-2 text-sm">
                  {far && <p>{t("monthly.far", { months: props.outlierMonths })}</p>}
                  <label className="flex flex-col text-xs text-slate-700">
                    {t("monthly.explanation")} — {name}
                    <input
                      value={explanations[element.id]}
                      disabled={!props.editable}
                      maxLength={500}
                      onChange={(event) => setExplanations({ ...explanations, [element.id]: event.target.value })}
                      className="rounded border border-slate-300 px-2 py-2 text-sm text-slate-900"
                    />
                  </label>
                </div>
              )}
            </li>
          );
        })}
      </ol>
      {props.editable && (
        <div className="flex flex-wrap gap-2">
          <button
            type="button"
            disabled={save.pending}
            onClick={() => send(false)}
            className="rounded border border-slate-300 px-3 py-2 text-sm hover:bg-slate-50 disabled:opacity-50"
          >
            {t("monthly.saveDraft")}
          </button>
          <ConfirmButton
            tone="neutral"
            label={t("monthly.submit")}
            question={t("monthly.confirmSubmit", { period: props.periodLabel })}
            confirmLabel={t("confirm.yes")}
            cancelLabel={t("confirm.no")}
            disabled={save.pending}
            onConfirm={() => send(true)}
          />
        </div>
      )}
      <FormMessage message={save.message} />
    </form>
  );
}
