"use client";

import { signOutToSignIn } from "@/lib/auth/sign-out";

export function SignOutButton({ label }: { label: string }) {
  return (
    <button
      type="button"
      onClick={() => void signOutToSignIn()}
      className="rounded px-2 py-1 text-sm hover:bg-slate-100"
    >
      {label}
    </button>
  );
}
