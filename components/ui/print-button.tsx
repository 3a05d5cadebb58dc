"use client";

export function PrintButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => window.print()}
      className="rounded bg-brand-700 px-3 py-1 text-sm font-semibold text-white print:hidden"
    >
      {label}
    </button>
  );
}
