"use client";

import { useLocale, useTranslations } from "next-intl";
import { indicatorEntry, indicatorText } from "@/lib/indicators/definitions";

/** An "i" that shows a hint on hover or keyboard focus. */
export function HintTip({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <span className="group relative inline-block align-middle">
      <button
        type="button"
        aria-label={label}
        className="ml-1 inline-flex h-4 w-4 items-center justify-center rounded-full border border-slate-400 text-[10px] font-bold normal-case text-slate-600 hover:border-brand-600 focus:border-brand-600"
      >
        i
      </button>
      <span
        role="tooltip"
        className="pointer-events-none invisible absolute left-1/2 top-5 z-20 w-64 -translate-x-1/2 rounded border border-slate-200 bg-white p-2 text-left text-xs font-normal normal-case text-slate-700 shadow-lg group-focus-within:visible group-hover:visible"
      >
        {children}
      </span>
    </span>
  );
}

/** An indicator's definition, defined once in lib/indicators: explanation, numerator and denominator. */
export function IndicatorTip({ id }: { id: string }) {
  const locale = useLocale();
  const t = useTranslations("comparison");
  const indicator = indicatorEntry(id);
  return (
    <HintTip label={indicatorText(indicator.label, locale)}>
      <IndicatorDefinition
        id={id}
        locale={locale}
        numeratorLabel={t("numerator")}
        denominatorLabel={t("denominator")}
      />
    </HintTip>
  );
}

export function IndicatorDefinition({
  id,
  locale,
  numeratorLabel,
  denominatorLabel,
}: {
  id: string;
  locale: string;
  numeratorLabel: string;
  denominatorLabel: string;
}) {
  const indicator = indicatorEntry(id);
  return (
    <>
      <strong className="block">{indicatorText(indicator.label, locale)}</strong>
      <span className="block">{indicatorText(indicator.explanation, locale)}</span>
      <span className="block text-slate-500">
        {numeratorLabel}: {indicatorText(indicator.numerator.text, locale)}. {denominatorLabel}:{" "}
        {indicatorText(indicator.denominator.text, locale)}.
      </span>
    </>
  );
}
