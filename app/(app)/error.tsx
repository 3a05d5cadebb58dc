"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <section role="alert" className="flex flex-col gap-3">
      <p className="text-red-700">{t("error")}</p>
      <button type="button" onClick={reset} className="w-fit rounded border px-3 py-1">
        ↻
      </button>
    </section>
  );
}
