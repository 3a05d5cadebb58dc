"use client";

import { useRef } from "react";

/** A button that asks before doing anything destructive, in a native modal dialog. */
export function ConfirmButton({
  label,
  question,
  confirmLabel,
  cancelLabel,
  onConfirm,
  disabled,
  tone = "danger",
}: {
  label: string;
  question: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  disabled?: boolean;
  tone?: "danger" | "neutral";
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const colours =
    tone === "danger" ? "border-red-300 text-red-700 hover:bg-red-50" : "border-slate-300 hover:bg-slate-50";
  return (
    <>
      <button
        type="button"
        disabled={disabled}
        onClick={() => dialog.current?.showModal()}
        className={`rounded border px-3 py-1 text-sm disabled:opacity-50 ${colours}`}
      >
        {label}
      </button>
      <dialog ref={dialog} className="m-auto rounded-lg p-6 shadow-xl backdrop:bg-slate-900/40">
        <p className="mb-4 max-w-sm">{question}</p>
        <div className="flex justify-end gap-2">
          <button type="button" onClick={() => dialog.current?.close()} className="rounded border px-3 py-1 text-sm">
            {cancelLabel}
          </button>
          <button
            type="button"
            onClick={() => {
              dialog.current?.close();
              onConfirm();
            }}
            className="rounded bg-red-700 px-3 py-1 text-sm font-semibold text-white"
          >
            {confirmLabel}
          </button>
        </div>
      </dialog>
    </>
  );
}
