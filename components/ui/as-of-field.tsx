/** The "as of" date of a district view (`?per=`): never later than the district's own today. */
export function AsOfField({ id, label, value, max }: { id: string; label: string; value: string; max: string }) {
  return (
    <div className="flex flex-col text-xs text-slate-600">
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        name="per"
        type="date"
        defaultValue={value}
        max={max}
        className="rounded border border-slate-300 px-2 py-1"
      />
    </div>
  );
}
