"use client";

import { useTranslations } from "next-intl";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <section role="alert" className="flex flex-col gap-3">
      <p className="text-red-700">{t("error")}</p>
      {/* The digest is the errorId of the server's log line (instrumentation.ts), for the user to quote. */}
      {error.digest ? (
        <p className="text-sm">
          {t("errorCode")} <code data-testid="error-code">{error.digest}</code>
        </p>
      ) : null}
      <button type="button" onClick={reset} className="w-fit rounded border px-3 py-1">
        ↻
      </button>
    </section>
  );
}
