"use client";

import { useState } from "react";

/**
 * The header's links: in a row on wide screens, behind a disclosure button on phones
 * (where the row took three lines). Following one of its links closes it.
 */
export function HeaderMenu({ label, children }: { label: string; children: React.ReactNode }) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        aria-expanded={open}
        aria-controls="main-menu"
        onClick={() => setOpen((value) => !value)}
        onKeyDown={(event) => {
          if (event.key === "Escape") setOpen(false);
        }}
        className="ml-auto rounded border border-slate-300 px-3 py-1 text-sm font-medium md:hidden"
      >
        <span aria-hidden="true">☰ </span>
        {label}
      </button>
      <div
        id="main-menu"
        onClick={(event) => {
          if ((event.target as Element).closest("a")) setOpen(false);
        }}
        onKeyDown={(event) => {
          if (event.key === "Escape") setOpen(false);
        }}
        className={`${open ? "flex" : "hidden"} w-full flex-col items-start gap-3 md:flex md:w-auto md:flex-1 md:flex-row md:flex-wrap md:items-center md:gap-4`}
      >
        {children}
      </div>
    </>
  );
}
