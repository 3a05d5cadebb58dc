"use client";

import { useEffect } from "react";

/**
 * While `dirty`, leaving the page asks first: the browser's own prompt on reload,
 * closing or typing a new address (beforeunload), and `message` in a confirm box
 * for a click on a link to another page of the app (client navigation never
 * fires beforeunload). The click is stopped before Next's router sees it.
 */
export function useUnsavedGuard(dirty: boolean, message: string) {
  useEffect(() => {
    if (!dirty) return;
    const beforeUnload = (event: BeforeUnloadEvent) => {
      event.preventDefault();
      // Older Chromium and Safari want returnValue set as well.
      event.returnValue = "";
    };
    const click = (event: MouseEvent) => {
      if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey) return;
      const link = (event.target as Element | null)?.closest?.("a[href]");
      if (!(link instanceof HTMLAnchorElement) || link.target === "_blank" || link.hasAttribute("download")) return;
      const to = new URL(link.href, window.location.href);
      const here = new URL(window.location.href);
      // An anchor on this page (a rule's link to a card or cluster) leaves nothing.
      if (to.origin === here.origin && to.pathname === here.pathname && to.search === here.search && to.hash) return;
      if (!window.confirm(message)) {
        event.preventDefault();
        event.stopPropagation();
      }
    };
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, [dirty, message]);
}
