export function ProgressBar({ percent, label }: { percent: number; label: string }) {
  return (
    <div
      role="progressbar"
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-label={label}
      className="h-2 w-full rounded bg-slate-200"
    >
      <div className="h-2 rounded bg-brand-600" style={{ width: `${percent}%` }} />
    </div>
  );
}
