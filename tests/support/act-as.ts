import { resolveSessionUser, type CurrentUser } from "@/lib/server/session";
import { db } from "@/lib/server/db";
import { startSession } from "@/lib/auth/user-sessions";

/**
 * Signs in as `userId` for the calls that follow (null: signed out), through
 * the same resolveSessionUser() the real session goes through, with a new
 * server-side session as a sign-in would record.
 */
export async function actAs(userId: string | null): Promise<CurrentUser | null> {
  const state = globalThis as { __testUser?: CurrentUser | null };
  if (!userId) return (state.__testUser = null);
  const { sessionVersion } = await db().user.findUniqueOrThrow({
    where: { id: userId },
    select: { sessionVersion: true },
  });
  const user = await resolveSessionUser({ userId, sessionVersion, sessionId: await startSession(db(), userId) });
  if (!user) throw new Error(`user ${userId} cannot sign in (inactive?)`);
  return (state.__testUser = user);
}
