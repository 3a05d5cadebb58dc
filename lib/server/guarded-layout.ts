import "server-only";
import type { ReactNode } from "react";
import { orNotFound } from "./or-not-found";
import { withScope, type Ctx } from "./scoped-db";
import { requireUser } from "./session";

/**
 * A layout that only guards its segment's record (a guard of lib/auth/guards.ts)
 * before rendering its children. A layout renders above its segment's loading
 * boundary, so an unknown, malformed or out-of-scope record answers a real 404.
 */
export function guardedLayout<Params>(guard: (ctx: Ctx, params: Params) => unknown) {
  return async function GuardedLayout({ children, params }: { children: ReactNode; params: Promise<Params> }) {
    const user = await requireUser();
    const resolved = await params;
    await orNotFound(withScope(user.scope, async (ctx) => guard(ctx, resolved)));
    return children;
  };
}
