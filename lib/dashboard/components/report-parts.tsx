import type { ReactNode } from "react";

export type BarRow = { label: string; parts: { value: number; colour: string; title: string }[]; figure: string };

/** Horizontal bars drawn from the page's own figures (stacked when a row has several parts); print-friendly, no script. */
export function ReportBars({ rows, caption }: { rows: BarRow[]; caption: ReactNode }) {
  const max = Math.max(1, ...rows.map((row) => row.parts.reduce((sum, part) => sum + part.value, 0)));
  return (
    <figure className="flex flex-col gap-1 break-inside-avoid">
      {rows.map((row) => (
        <div key={row.label} className="grid grid-cols-[10rem_1fr_4rem] items-center gap-2 text-sm">
          <span>{row.label}</span>
          <span className="flex h-3 w-full bg-slate-100 print:border print:border-slate-300" aria-hidden="true">
            {row.parts.map((part) =>
              part.value > 0 ? (
                <span
                  key={part.title}
                  title={part.title}
                  style={{ width: `${(100 * part.value) / max}%`, backgroundColor: part.colour }}
                  className="h-full [print-color-adjust:exact]"
                />
              ) : null,
            )}
          </span>
          <span className="text-right tabular-nums">{row.figure}</span>
        </div>
      ))}
      <figcaption className="text-xs text-slate-600">{caption}</figcaption>
    </figure>
  );
}

/**
 * Place and date, title, a space to sign, then name and NIP. An unrecorded name prints `missingName`
 * ("(nama belum diisi)") and an unrecorded NIP a blank line: marked empty, never a made-up name.
 */
export function SignatureBlock({
  placeAndDate,
  title,
  name,
  nip,
  nipLabel,
  missingName,
  note,
}: {
  placeAndDate: string;
  title: string;
  name: string | null;
  nip: string | null;
  nipLabel: string;
  missingName: string;
  note?: string;
}) {
  return (
    <section className="ml-auto flex w-72 flex-col gap-1 break-inside-avoid pt-6 text-sm" data-testid="signature-block">
      <p>{placeAndDate}</p>
      <p>{title}</p>
      <div className="h-16" aria-hidden="true" />
      <p className="font-semibold" data-testid="signature-name">
        {name ?? missingName}
      </p>
      <p>
        {nipLabel}. {nip ?? "....................................."}
      </p>
      {note && !name && <p className="text-xs text-slate-500 print:hidden">{note}</p>}
    </section>
  );
}
