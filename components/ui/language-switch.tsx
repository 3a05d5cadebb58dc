"use client";

import { useTransition } from "react";
import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { setLocaleAction } from "@/lib/i18n/actions";
import { LOCALES } from "@/lib/i18n/locales";

export function LanguageSwitch() {
  const t = useTranslations("nav");
  const locale = useLocale();
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <div className="flex items-center gap-2 text-sm" aria-label={t("language")}>
      {LOCALES.map((option) => (
        <button
          key={option}
          type="button"
          disabled={pending || option === locale}
          aria-pressed={option === locale}
          onClick={() =>
            startTransition(async () => {
              await setLocaleAction(option);
              router.refresh();
            })
          }
          className="rounded px-2 py-1 uppercase aria-pressed:bg-slate-200 aria-pressed:font-semibold"
        >
          {option}
        </button>
      ))}
    </div>
  );
}
