export function Badge({
  children,
  title,
  tone = "slate",
}: {
  children: React.ReactNode;
  title?: string;
  tone?: "slate" | "amber" | "violet";
}) {
  const tones = {
    slate: "bg-slate-100 text-slate-700",
    amber: "bg-amber-50 text-amber-800 ring-1 ring-amber-200",
    violet: "bg-violet-50 text-violet-800 ring-1 ring-violet-200",
  };
  return (
    <span title={title} className={`inline-block rounded px-1.5 py-0.5 text-xs ${tones[tone]}`}>
      {children}
    </span>
  );
}
