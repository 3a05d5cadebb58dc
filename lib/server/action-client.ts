import "server-only";
import { revalidatePath } from "next/cache";
import type { z } from "zod";
import { failureOf, UNAUTHENTICATED, type Failure } from "./failures";
import { withScope, type Ctx } from "./scoped-db";
import { getCurrentUser, type CurrentUser } from "./session";
import { parseOrThrow } from "./validation";

/** A failed action: the failure table's answer (lib/server/failures.ts) without the HTTP status. */
export type ActionFailure = { ok: false } & Omit<Failure, "status">;
export type ActionResult<T> = { ok: true; data: T } | ActionFailure;

type Options = { allowPasswordChange?: boolean };

/**
 * The one path every server action takes: the session is checked here (never
 * trusted from the page that rendered the form), the input is parsed with the
 * action's zod schema, and the work runs in one transaction bound to the user's
 * scope. Errors are answered by the failure table: catalogue messages, and
 * anything unexpected logged and reported generically.
 */
export async function runAction<Schema extends z.ZodType, Result>(
  schema: Schema,
  rawInput: unknown,
  work: (ctx: Ctx & { user: CurrentUser }, input: z.output<Schema>) => Promise<Result>,
  options: Options = {},
): Promise<ActionResult<Result>> {
  const user = await getCurrentUser();
  if (!user || (user.mustChangePassword && !options.allowPasswordChange)) return failure(UNAUTHENTICATED);
  try {
    const input = parseOrThrow(schema, rawInput);
    const data = await withScope(user.scope, (ctx) => work({ ...ctx, user }, input));
    return { ok: true, data };
  } catch (error) {
    return failure(failureOf(error, "Action failed"));
  }
}

function failure({ code, messageKey, values, field }: Failure): ActionFailure {
  return { ok: false, code, messageKey, ...(values ? { values } : {}), ...(field ? { field } : {}) };
}

/** Revalidates `path` once the action has succeeded; a failed action leaves every cache alone. */
export async function revalidateAfter<Result extends { ok: boolean }>(
  result: Promise<Result>,
  path: string,
  type: "layout" | "page" = "layout",
): Promise<Result> {
  const settled = await result;
  if (settled.ok) revalidatePath(path, type);
  return settled;
}
