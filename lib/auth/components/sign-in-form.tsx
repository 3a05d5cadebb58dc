"use client";

import { useState } from "react";
import { signIn } from "next-auth/react";
import { useFormatter, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";

export function SignInForm() {
  const t = useTranslations("signIn");
  const format = useFormatter();
  const [failed, setFailed] = useState<string | null>(null);
  const router = useRouter();
  const [pending, setPending] = useState(false);
  const [opening, setOpening] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setPending(true);
    setFailed(null);
    const result = await signIn("credentials", {
      username: String(form.get("username") ?? ""),
      password: String(form.get("password") ?? ""),
      redirect: false,
    });
    if (!result?.ok) {
      setPending(false);
      // Only known codes come back (lib/server/auth.ts): a lock-out with its end, or the server being unavailable.
      const lockedUntil = result?.error?.startsWith("LOCKED:") ? new Date(result.error.slice("LOCKED:".length)) : null;
      if (lockedUntil && !Number.isNaN(lockedUntil.getTime())) {
        return setFailed(
          t("locked", { time: format.dateTime(lockedUntil, { dateStyle: "medium", timeStyle: "short" }) }),
        );
      }
      return setFailed(result?.error === "UNAVAILABLE" ? t("unavailable") : t("failed"));
    }
    // The form stays on screen, busy and saying so, until the first page has rendered (no blank screen between).
    setOpening(true);
    router.replace("/");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-4 rounded-lg border border-slate-200 bg-white p-6 shadow-sm">
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("username")}
        <input name="username" autoComplete="username" required className="rounded border border-slate-300 px-3 py-2" />
      </label>
      <label className="flex flex-col gap-1 text-sm font-medium">
        {t("password")}
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          className="rounded border border-slate-300 px-3 py-2"
        />
      </label>
      {opening && (
        <p role="status" className="rounded bg-emerald-50 px-3 py-2 text-sm text-emerald-800">
          {t("opening")}
        </p>
      )}
      {failed && (
        <p role="alert" className="rounded bg-red-50 px-3 py-2 text-sm text-red-700">
          {failed}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-700 px-4 py-2 font-semibold text-white disabled:opacity-60"
      >
        {pending ? t("submitting") : t("submit")}
      </button>
    </form>
  );
}
