"use client";

import { useEffect, useSyncExternalStore } from "react";
import { FormMessage } from "./form-message";

type Notice = { tone: "error" | "success"; text: string };

// A success that changes what the page shows (a submitted report locks its form, a returned
// one loses its review panel) is announced here, not by the component that ran it: the page
// re-renders after the save, and that component may be remounted or gone with its message.
const notices = new Map<string, Notice>();
const listeners = new Set<() => void>();

export function announce(scope: string, notice: Notice): void {
  notices.set(scope, notice);
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The last notice announced for `scope`, kept across the page's refreshes; forgotten when the page is left. */
export function PageNotice({ scope }: { scope: string }) {
  const notice = useSyncExternalStore(
    subscribe,
    () => notices.get(scope) ?? null,
    () => null,
  );
  useEffect(() => () => void notices.delete(scope), [scope]);
  return <FormMessage message={notice} />;
}
