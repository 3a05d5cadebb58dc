import "server-only";
import { NotFoundError } from "./errors";
import { paramsAreSane } from "./request-hygiene";
import { withScope, type Ctx } from "./scoped-db";
import { getCurrentUser, type CurrentUser } from "./session";

/**
 * Wraps a route handler: the session is checked on every request, the work
 * runs in one transaction bound to the user's scope, and an out-of-scope or
 * missing record answers 404, the same as one that does not exist.
 */
export function scopedRoute<Params>(work: (ctx: Ctx & { user: CurrentUser }, request: Request, params: Params) => Promise<Response>) {
  return async (request: Request, context: { params: Promise<Params> }): Promise<Response> => {
    const user = await getCurrentUser();
    if (!user || user.mustChangePassword) return new Response("Unauthorized", { status: 401 });
    try {
      const params = await context.params;
      if (!paramsAreSane(params)) return new Response("Not found", { status: 404 });
      return await withScope(user.scope, (ctx) => work({ ...ctx, user }, request, params), { timeout: 60_000 });
    } catch (error) {
      if (error instanceof NotFoundError) return new Response("Not found", { status: 404 });
      throw error;
    }
  };
}
