"use client";

import { useTranslations } from "next-intl";

/**
 * What an error boundary shows: the generic message and, for a server error, its code
 * (Next's digest), the errorId of the server's log line (instrumentation.ts), for the user to quote.
 */
export function ErrorNotice({ digest, reset }: { digest?: string; reset: () => void }) {
  const t = useTranslations("common");
  return (
    <section role="alert" className="flex flex-col gap-3">
      <p className="text-red-700">{t("error")}</p>
      {digest ? (
        <p className="text-sm">
          {t("errorCode")} <code data-testid="error-code">{digest}</code>
        </p>
      ) : null}
      <button type="button" onClick={reset} className="w-fit rounded border px-3 py-1">
        ↻
      </button>
    </section>
  );
}
