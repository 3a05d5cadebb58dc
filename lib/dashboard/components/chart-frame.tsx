/** A chart with its data as a table underneath, for screen readers, printing and checking numbers. */
export function ChartFrame({
  title,
  tableLabel,
  children,
  table,
  note,
}: {
  title: string;
  tableLabel: string;
  children: React.ReactNode;
  table: React.ReactNode;
  note?: string;
}) {
  return (
    <figure className="flex min-w-0 flex-col gap-2 rounded border border-slate-200 bg-white p-4">
      <figcaption className="font-semibold">{title}</figcaption>
      <div className="h-64 w-full min-w-0">{children}</div>
      {note && <p className="text-xs text-slate-600">{note}</p>}
      <details className="text-sm">
        <summary className="cursor-pointer text-brand-700">{tableLabel}</summary>
        <div className="overflow-x-auto">{table}</div>
      </details>
    </figure>
  );
}

// `relative`: the scroll box holds its cells' absolutely placed (screen-reader) text, so a wide table never widens the page.
export function DataTable({ head, rows }: { head: string[]; rows: (string | number)[][] }) {
  return (
    <div className="relative mt-2 overflow-x-auto print:overflow-visible">
      <table className="w-full text-sm">
        <thead className="bg-slate-100 text-left text-xs uppercase text-slate-600">
          <tr>
            {head.map((cell) => (
              <th key={cell} scope="col" className="px-2 py-1">
                {cell}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index} className="border-t border-slate-100">
              {row.map((cell, cellIndex) => (
                <td key={cellIndex} className="px-2 py-1">
                  {cell}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
