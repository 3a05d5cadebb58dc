"use client";

import { ErrorNotice } from "@/components/ui/error-notice";

// Errors of a layout (such as the signed-in area's, which reads the session) and of the sign-in pages.
export default function RootErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="mx-auto max-w-xl p-6">
      <ErrorNotice digest={error.digest} reset={reset} />
    </main>
  );
}
