"use client";

import { signOut } from "next-auth/react";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => signOut({ callbackUrl: "/masuk" })}
      className="rounded px-2 py-1 text-sm hover:bg-slate-100"
    >
      {label}
    </button>
  );
}
