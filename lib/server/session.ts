import "server-only";
import { cache } from "react";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { loadScope } from "@/lib/auth/load-scope";
import type { Scope } from "@/lib/auth/scope";
import { liveSessionWhere, touchSession } from "@/lib/auth/user-sessions";
import { noteRequestUser } from "@/lib/runtime/request-context";
import { authOptions } from "./auth";
import { db } from "./db";

export { loadScope };

export type CurrentUser = { id: string; name: string; username: string; mustChangePassword: boolean; scope: Scope };

/**
 * Resolves a session's claims to a user, reading the database each time. Null
 * for a deactivated user, a session issued before the user's session version
 * was raised (sign-out everywhere, password change, deactivation), and a
 * session that ended on the server: signed out, idle too long (SESSION_IDLE_MINUTES)
 * or older than the session lifetime. A cookie without a session id is refused.
 */
export async function resolveSessionUser(
  claims: { userId?: string; sessionVersion?: number; sessionId?: string } | null,
  now = new Date(),
): Promise<CurrentUser | null> {
  if (!claims?.userId || !claims.sessionId || !UUID.test(claims.sessionId)) return null;
  const user = await db().user.findUnique({
    where: { id: claims.userId },
    select: {
      id: true,
      name: true,
      username: true,
      active: true,
      sessionVersion: true,
      mustChangePassword: true,
      sessions: { where: liveSessionWhere(claims.sessionId, now), select: { id: true, lastSeenAt: true } },
    },
  });
  const session = user?.sessions[0];
  if (!user || !session || !user.active || user.sessionVersion !== claims.sessionVersion) return null;
  await touchSession(db(), session.id, session.lastSeenAt, now);
  noteRequestUser(user.id);
  return {
    id: user.id,
    name: user.name,
    username: user.username,
    mustChangePassword: user.mustChangePassword,
    scope: await loadScope(user.id),
  };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The signed-in user of this request, or null. */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> =>
  resolveSessionUser(await getServerSession(authOptions)),
);

/**
 * For pages: the signed-in user, or a redirect to the sign-in page. A user
 * whose password was reset is sent to change it first.
 */
export async function requireUser(options: { allowPasswordChange?: boolean } = {}): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect("/masuk");
  if (user.mustChangePassword && !options.allowPasswordChange) redirect("/ganti-sandi");
  return user;
}
