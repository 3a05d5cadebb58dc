import "server-only";
import { NotFoundError } from "./errors";
import { failureOf, failureResponse, UNAUTHENTICATED } from "./failures";
import { paramsAreSane } from "./request-hygiene";
import { withScope, type Ctx } from "./scoped-db";
import { getCurrentUser, type CurrentUser } from "./session";

/**
 * Wraps a route handler: the session is checked on every request, the work
 * runs in one transaction bound to the user's scope, and errors are answered
 * by the failure table (an out-of-scope or missing record: 404, the same as
 * one that does not exist).
 */
export function scopedRoute<Params>(
  work: (ctx: Ctx & { user: CurrentUser }, request: Request, params: Params) => Promise<Response>,
) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    const user = await getCurrentUser();
    if (!user || user.mustChangePassword) return failureResponse(UNAUTHENTICATED);
    try {
      const params = await context.params;
      if (!paramsAreSane(params)) throw new NotFoundError("route");
      return await withScope(user.scope, (ctx) => work({ ...ctx, user }, request, params), { timeout: 60_000 });
    } catch (error) {
      return failureResponse(failureOf(error, "Route failed"));
    }
  };
}
