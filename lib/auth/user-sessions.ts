import type { Prisma } from "@/lib/generated/prisma/client";

type Client = Prisma.TransactionClient;

/** A session lives at most 12 hours from sign-in (OWASP ASVS level 2), however active. */
export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
/** lastSeenAt is written at most this often, so most requests only read. */
export const SESSION_TOUCH_INTERVAL_MS = 60_000;

/** SESSION_IDLE_MINUTES (default 30): a session unused this long has ended. */
export function sessionIdleMs(value = process.env.SESSION_IDLE_MINUTES): number {
  const minutes = value === undefined || value.trim() === "" ? 30 : Number(value);
  if (!Number.isFinite(minutes) || minutes < 1 || minutes > SESSION_MAX_AGE_SECONDS / 60) {
    throw new Error(
      `SESSION_IDLE_MINUTES must be a number of minutes from 1 to ${SESSION_MAX_AGE_SECONDS / 60}, not "${value}".`,
    );
  }
  return minutes * 60_000;
}

/** Records a new session at sign-in; its id goes into the session cookie. */
export async function startSession(client: Client, userId: string): Promise<string> {
  const session = await client.userSession.create({ data: { userId }, select: { id: true } });
  return session.id;
}

/** Ends one session on the server (sign-out): its cookie is refused from now on, wherever it was copied. */
export async function endSession(client: Client, sessionId: string): Promise<void> {
  await client.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { revokedAt: new Date() } });
}

/** The conditions under which a session row is still live at `now`. */
export function liveSessionWhere(sessionId: string, now: Date): Prisma.UserSessionWhereInput {
  return {
    id: sessionId,
    revokedAt: null,
    lastSeenAt: { gt: new Date(now.getTime() - sessionIdleMs()) },
    createdAt: { gt: new Date(now.getTime() - SESSION_MAX_AGE_SECONDS * 1000) },
  };
}

/** Marks a live session as used now, unless that was recorded less than a minute ago. */
export async function touchSession(client: Client, sessionId: string, lastSeenAt: Date, now: Date): Promise<void> {
  if (now.getTime() - lastSeenAt.getTime() < SESSION_TOUCH_INTERVAL_MS) return;
  await client.userSession.updateMany({ where: { id: sessionId, revokedAt: null }, data: { lastSeenAt: now } });
}
