"use client";

import { FormMessage } from "./form-message";

export type Columns = 1 | 2 | 3;
const GRID: Record<Columns, string> = { 1: "", 2: "md:grid-cols-2", 3: "md:grid-cols-3" };
/** Spans a form's row across all its columns. */
export const SPAN: Record<Columns, string> = { 1: "", 2: "md:col-span-2", 3: "md:col-span-3" };
const BOXED = "rounded border border-slate-200 bg-white p-4";

/**
 * A grid form that never reloads the page: its submit hands the FormData and the
 * element (for a reset) to `onSubmit`. `boxed` draws the white card; `title` heads it;
 * `narrow` keeps a one-column form small.
 */
export function ActionForm({
  columns,
  boxed = false,
  gap = "gap-3",
  narrow = false,
  title,
  onSubmit,
  children,
}: {
  columns: Columns;
  boxed?: boolean;
  gap?: "gap-2" | "gap-3";
  narrow?: boolean;
  title?: string;
  onSubmit: (data: FormData, form: HTMLFormElement) => void;
  children: React.ReactNode;
}) {
  return (
    <form
      className={`grid ${gap} ${boxed ? BOXED : ""} ${GRID[columns]} ${narrow ? "max-w-sm" : ""}`}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit(new FormData(event.currentTarget), event.currentTarget);
      }}
    >
      {title && <h2 className={`font-semibold ${SPAN[columns]}`}>{title}</h2>}
      {children}
    </form>
  );
}

const SUBMIT = {
  large: "w-fit rounded bg-brand-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60",
  medium: "w-fit rounded bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white disabled:opacity-60",
  small: "rounded bg-brand-700 px-3 py-1 text-sm font-semibold text-white disabled:opacity-60",
};

/** The form's main button, disabled while its action runs. */
export function SubmitButton({
  pending,
  size = "large",
  children,
}: {
  pending: boolean;
  size?: keyof typeof SUBMIT;
  children: React.ReactNode;
}) {
  return (
    <button type="submit" disabled={pending} className={SUBMIT[size]}>
      {children}
    </button>
  );
}

/** The outcome above the submit button, across the form's columns. */
export function FormFooter({
  message,
  pending,
  label,
  columns,
  size,
}: {
  message: React.ComponentProps<typeof FormMessage>["message"];
  pending: boolean;
  label: string;
  columns: Columns;
  size?: keyof typeof SUBMIT;
}) {
  return (
    <div className={`flex flex-col gap-2 ${SPAN[columns]}`}>
      <FormMessage message={message} />
      <SubmitButton pending={pending} size={size}>
        {label}
      </SubmitButton>
    </div>
  );
}
