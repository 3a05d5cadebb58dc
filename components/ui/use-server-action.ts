"use client";

import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { announce } from "./page-notice";

export type ActionResult =
  | { ok: true; data?: unknown }
  | { ok: false; messageKey: string; values?: Record<string, string | number>; field?: string };

export type RunOptions<R> = {
  successMessage?: string | ((result: R) => string);
  onSuccess?: (result: R) => void;
  /**
   * Show the success message in the page's PageNotice of this scope instead: for an action
   * after which this component is remounted (keyed by version) or gone from the page.
   */
  noticeScope?: string;
};

/**
 * Runs a server action from a form: tracks pending state and turns a failure's
 * catalogue key into the user's language. `message` is null until something happens.
 */
export function useServerAction<Input, R extends ActionResult>(action: (input: Input) => Promise<R>) {
  const t = useTranslations();
  const [pending, startTransition] = useTransition();
  const [message, setMessage] = useState<{ tone: "error" | "success"; text: string; field?: string } | null>(null);

  function run(input: Input, options: RunOptions<R> = {}) {
    startTransition(async () => {
      const result = await action(input);
      if (result.ok) {
        const text =
          typeof options.successMessage === "function" ? options.successMessage(result) : options.successMessage;
        if (text && options.noticeScope) announce(options.noticeScope, { tone: "success", text });
        setMessage(text && !options.noticeScope ? { tone: "success", text } : null);
        options.onSuccess?.(result);
      } else {
        setMessage({
          tone: "error",
          text: t(result.messageKey as "common.error", result.values ?? {}),
          field: result.field,
        });
      }
    });
  }
  return { run, pending, message };
}
