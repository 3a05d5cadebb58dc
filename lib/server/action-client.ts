import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "./errors";
import { withScope, type Ctx } from "./scoped-db";
import { getCurrentUser, type CurrentUser } from "./session";
import { parseOrThrow } from "./validation";

export type ActionFailure = {
  ok: false;
  code: "UNAUTHENTICATED" | "VALIDATION" | "NOT_FOUND" | "FORBIDDEN" | "CONFLICT" | "ERROR";
  /** A message catalogue key, rendered by the form in the user's language. */
  messageKey: string;
  values?: Record<string, string | number>;
  field?: string;
};
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

type Options = { allowPasswordChange?: boolean };

/**
 * The one path every server action takes: the session is checked here (never
 * trusted from the page that rendered the form), the input is parsed with the
 * action's zod schema, and the work runs in one transaction bound to the user's
 * scope. Expected errors become catalogue messages; anything else is logged and
 * reported generically.
 */
export async function runAction<Schema extends z.ZodType, Result>(
  schema: Schema,
  rawInput: unknown,
  work: (ctx: Ctx & { user: CurrentUser }, input: z.output<Schema>) => Promise<Result>,
  options: Options = {},
): Promise<ActionResult<Result>> {
  const user = await getCurrentUser();
  if (!user || (user.mustChangePassword && !options.allowPasswordChange)) return failure("UNAUTHENTICATED", "errors.signInAgain");
  try {
    const input = parseOrThrow(schema, rawInput);
    const data = await withScope(user.scope, (ctx) => work({ ...ctx, user }, input));
    return { ok: true, data };
  } catch (error) {
    if (error instanceof ValidationError) return { ...failure("VALIDATION", error.messageKey, error.values), field: error.field };
    if (error instanceof NotFoundError) return failure("NOT_FOUND", "errors.notFound");
    if (error instanceof ForbiddenError) return failure("FORBIDDEN", error.messageKey);
    if (error instanceof ConflictError) return failure("CONFLICT", error.messageKey, error.values);
    console.error("Action failed", error);
    return failure("ERROR", "common.error");
  }
}

function failure(code: ActionFailure["code"], messageKey: string, values?: Record<string, string | number>): ActionFailure {
  return { ok: false, code, messageKey, ...(values ? { values } : {}) };
}

/** Revalidates `path` once the action has succeeded; a failed action leaves every cache alone. */
export async function revalidateAfter<Result extends { ok: boolean }>(result: Promise<Result>, path: string, type: "layout" | "page" = "layout"): Promise<Result> {
  const settled = await result;
  if (settled.ok) revalidatePath(path, type);
  return settled;
}
