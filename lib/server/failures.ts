import crypto from "node:crypto";
import { logger } from "../runtime/logger";
import { currentRequest } from "../runtime/request-context";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors";

export type FailureCode = "UNAUTHENTICATED" | "VALIDATION" | "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "ERROR";

/** What a client is told about a failed request: an HTTP status and a catalogue message, never database or stack text. */
export type Failure = {
  code: FailureCode;
  status: number;
  /** A message catalogue key, rendered by the client in the user's language. */
  messageKey: string;
  values?: Record<string, string | number>;
  field?: string;
};

type ErrorClass<E extends Error> = abstract new (...args: never[]) => E;
type Row<E extends Error> = readonly [ErrorClass<E>, (error: E) => Failure];
const row = <E extends Error>(type: ErrorClass<E>, describe: (error: E) => Failure): Row<E> => [type, describe];
const withValues = (values: Record<string, string | number>) => (Object.keys(values).length > 0 ? { values } : {});

/**
 * The one failure table: every domain error and what it answers. Server
 * actions (runAction), route handlers (scopedRoute), uploads and pages
 * (orNotFound) all read it. An out-of-scope record answers like a missing one.
 */
const FAILURES: readonly Row<never>[] = [
  row(NotFoundError, () => ({ code: "NOT_FOUND", status: 404, messageKey: "errors.notFound" })),
  row(ForbiddenError, (error) => ({ code: "FORBIDDEN", status: 403, messageKey: error.messageKey })),
  row(ValidationError, (error) => ({
    code: "VALIDATION",
    status: 400,
    messageKey: error.messageKey,
    ...withValues(error.values),
    ...(error.field ? { field: error.field } : {}),
  })),
  row(ConflictError, (error) => ({
    code: "CONFLICT",
    status: 409,
    messageKey: error.messageKey,
    ...withValues(error.values),
  })),
] as unknown as readonly Row<never>[];

export const UNAUTHENTICATED: Failure = { code: "UNAUTHENTICATED", status: 401, messageKey: "errors.signInAgain" };
const UNEXPECTED: Failure = { code: "ERROR", status: 500, messageKey: "common.errorWithCode" };

/** The failure the table gives a domain error; null for anything else. */
export function knownFailure(error: unknown): Failure | null {
  for (const [type, describe] of FAILURES) if (error instanceof type) return describe(error as never);
  return null;
}

/**
 * The failure a thrown error answers: a domain error by the table; anything else is
 * logged here (JSON, with an errorId) and answered generically with that id, for the user to quote.
 */
export function failureOf(error: unknown, context = "Request failed"): Failure {
  const known = knownFailure(error);
  if (known) return known;
  const errorId = crypto.randomBytes(5).toString("hex");
  const request = currentRequest();
  logger().error({ errorId, requestId: request?.requestId, userId: request?.userId, err: error }, context);
  return { ...UNEXPECTED, values: { errorId } };
}

/** A failure as a JSON response (route handlers and uploads), never cached. */
export function failureResponse(failure: Failure): Response {
  const { status, ...body } = failure;
  return Response.json({ ok: false, ...body }, { status, headers: { "cache-control": "no-store" } });
}
