/**
 * A list page's table: the `empty` message when it has no rows, else a boxed,
 * scrollable table under its column headings, with `children` as the body's rows.
 */
export function ListTable({
  columns,
  empty,
  rowCount,
  children,
}: {
  columns: string[];
  empty: string;
  rowCount: number;
  children: React.ReactNode;
}) {
  if (rowCount === 0) return <p className="rounded border border-dashed p-6 text-center text-slate-600">{empty}</p>;
  return (
    <div className="relative overflow-x-auto rounded border border-slate-200 bg-white">
      <table className="w-full text-left text-sm">
        <thead className="bg-slate-100 text-xs uppercase text-slate-600">
          <tr>
            {columns.map((column, index) => (
              <th key={index} scope="col" className="px-3 py-2">
                {column}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{children}</tbody>
      </table>
    </div>
  );
}
