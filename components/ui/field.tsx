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

export type SelectOption = { value: string; label: string; disabled?: boolean };

/**
 * A labelled `<select>` of `options`, `placeholder` first with the empty value when
 * given; other props (name, defaultValue or value with onChange, required) go to the select.
 */
export function SelectField({
  label,
  id,
  error,
  options,
  placeholder,
  ...select
}: {
  label: string;
  id: string;
  error?: boolean;
  options: readonly SelectOption[];
  placeholder?: string;
} & Omit<React.ComponentProps<"select">, "id" | "children">) {
  return (
    <Field label={label} id={id} error={error}>
      <select id={id} {...select}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value} disabled={option.disabled}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
