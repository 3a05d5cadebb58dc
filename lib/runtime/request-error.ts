import type { Instrumentation } from "next";
import { logger } from "./logger";
import { currentRequest } from "./request-context";
import { routeOf } from "./request-log";

type Args = Parameters<Instrumentation.onRequestError>;

/** The id a Dinkes can quote: Next's digest of the error, which its error page receives too. */
export function errorIdOf(error: unknown): string | undefined {
  const digest = (error as { digest?: unknown } | null)?.digest;
  return typeof digest === "string" && digest !== "" ? digest : undefined;
}

/** Logs a request's unexpected error with its correlation id (errorId), the request id and the route; never the query string. */
export function logRequestError(error: unknown, request: Args[1], context: Args[2]): void {
  const current = currentRequest();
  logger().error(
    {
      errorId: errorIdOf(error),
      requestId: current?.requestId,
      userId: current?.userId,
      method: request.method,
      route: routeOf(request.path),
      routePath: context.routePath,
      routeType: context.routeType,
      err: error,
    },
    "request failed",
  );
}
