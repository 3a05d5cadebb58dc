"use client";

import { useTranslations } from "next-intl";
import { indicatorKey } from "@/lib/indicators/definitions";

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

/** An indicator's definition, from the message catalogue (`indicators.<id>`): definition, numerator and denominator. */
export function IndicatorTip({ id }: { id: string }) {
  const t = useTranslations();
  return (
    <HintTip label={t(indicatorKey(id, "label"))}>
      <IndicatorDefinition id={id} />
    </HintTip>
  );
}

export function IndicatorDefinition({ id }: { id: string }) {
  const t = useTranslations();
  return (
    <>
      <strong className="block">{t(indicatorKey(id, "label"))}</strong>
      <span className="block">{t(indicatorKey(id, "definition"))}</span>
      <span className="block text-slate-500">
        {t("comparison.numerator")}: {t(indicatorKey(id, "numerator"))}. {t("comparison.denominator")}:{" "}
        {t(indicatorKey(id, "denominator"))}.
      </span>
    </>
  );
}
