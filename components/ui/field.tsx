/** A labelled form field; `error` marks it invalid for assistive technology too. */
export function Field({
  label,
  id,
  error,
  children,
}: {
  label: string;
  id: string;
  error?: boolean;
  children: React.ReactElement;
}) {
  return (
    <div className="flex flex-col gap-1 text-sm">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <div
        aria-invalid={error || undefined}
        className="[&>*]:w-full [&>*]:rounded [&>*]:border [&>*]:border-slate-300 [&>*]:px-2 [&>*]:py-1 aria-invalid:[&>*]:border-red-500"
      >
        {children}
      </div>
    </div>
  );
}
