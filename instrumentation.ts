import type { Instrumentation } from "next";

// Next.js calls register() once when a server starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.PANTAU_SQL_CAPTURE) return;
  const { captureSql } = await import("./lib/db/sql-capture");
  captureSql(process.env.PANTAU_SQL_CAPTURE);
}

// Every error a page, route handler or server action throws, as one JSON log line whose
// errorId is Next's digest: the error page shows the same code (app/(app)/error.tsx).
export const onRequestError: Instrumentation.onRequestError = async (error, request, context) => {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logRequestError } = await import("./lib/runtime/request-error");
  logRequestError(error, request, context);
};
