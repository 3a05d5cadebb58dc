"use client";

import { useRouter } from "next/navigation";
import { useServerAction, type ActionResult, type RunOptions } from "./use-server-action";

/**
 * `useServerAction` for a form whose page shows what it saved: `submit` runs the
 * action and, on success, empties `reset` (a form that adds a record) and refreshes
 * the page's server data; `run` is the plain run, for an action after which the page
 * is left (signing out). `invalid(field)` says whether the failure names that field.
 */
export function useActionForm<Input, R extends ActionResult>(action: (input: Input) => Promise<R>) {
  const router = useRouter();
  const { run, pending, message } = useServerAction(action);
  function submit(input: Input, options: RunOptions<R> & { reset?: HTMLFormElement | null } = {}) {
    const { reset, onSuccess, successMessage, noticeScope } = options;
    run(input, {
      successMessage,
      noticeScope,
      onSuccess: (result) => {
        reset?.reset();
        onSuccess?.(result);
        router.refresh();
      },
    });
  }
  return { submit, run, pending, message, invalid: (field: string) => message?.field === field };
}
