"use client";

import { useState } from "react";

/**
 * Copies `text` to the clipboard and says so. Where the browser refuses (no
 * permission, an old phone), the text is shown to copy by hand instead.
 */
export function CopyTextButton({
  text,
  labels,
}: {
  text: string;
  labels: { button: string; copied: string; failed: string; preview: string };
}) {
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");
  return (
    <div className="flex flex-col gap-1 text-sm">
      <button
        type="button"
        onClick={async () => {
          try {
            await navigator.clipboard.writeText(text);
            setState("copied");
          } catch {
            setState("failed");
          }
        }}
        className="w-fit rounded border border-brand-700 px-3 py-1 font-medium text-brand-700 hover:bg-brand-50"
      >
        {labels.button}
      </button>
      <p role="status" aria-live="polite" className="text-xs text-emerald-800">
        {state === "copied" ? labels.copied : ""}
      </p>
      {state === "failed" && (
        <label className="flex flex-col gap-1 text-xs text-slate-700">
          {labels.failed}
          <textarea readOnly value={text} rows={6} className="rounded border border-slate-300 p-2 text-sm" />
        </label>
      )}
      <details className="text-xs text-slate-600">
        <summary className="cursor-pointer">{labels.preview}</summary>
        <pre className="mt-1 whitespace-pre-wrap break-words font-sans">{text}</pre>
      </details>
    </div>
  );
}
