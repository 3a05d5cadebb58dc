/** A small labelled control in a filter bar. */
export function FilterField({ id, label, children }: { id: string; label: string; children: React.ReactNode }) {
  return (
    <div className="flex flex-col text-xs text-slate-600 [&>input]:rounded [&>input]:border [&>input]:border-slate-300 [&>input]:px-2 [&>input]:py-1 [&>input]:text-sm [&>select]:rounded [&>select]:border [&>select]:border-slate-300 [&>select]:px-2 [&>select]:py-1 [&>select]:text-sm">
      <label htmlFor={id}>{label}</label>
      {children}
    </div>
  );
}
