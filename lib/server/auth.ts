import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/write";
import { checkSignIn, loggableUsername, refuseMalformedSignIn, type SignInResult } from "@/lib/auth/sign-in";
import { endSession, SESSION_MAX_AGE_SECONDS, startSession } from "@/lib/auth/user-sessions";
import { trustedClientAddress } from "@/lib/runtime/client-address";
import { zText } from "@/lib/validation/text";
import { db } from "./db";

export { SESSION_MAX_AGE_SECONDS };
/** The error a locked-out sign-in returns to the form, followed by the ISO time it ends. */
export const LOCKED_ERROR_PREFIX = "LOCKED:";
/**
 * The error of a sign-in that failed for a reason of ours (database down, no
 * trusted client address). next-auth puts a thrown error's message into the
 * sign-in URL, so only these two known codes are ever thrown; details go to the server log.
 */
export const UNAVAILABLE_ERROR = "UNAVAILABLE";

// A NUL or other control character in either field makes the attempt malformed: counted and audited as a failed sign-in.
const ZCredentials = z.object({
  username: zText({ max: 100, min: 1 }).toLowerCase(),
  password: zText({ max: 200, min: 1, keepSpaces: true }),
});

type Attempt = { result: SignInResult; sessionId: string | null };

/** One sign-in attempt in one transaction: the check, the count, the audit and the new session row. */
async function attemptSignIn(raw: unknown, ip: string): Promise<Attempt> {
  const parsed = ZCredentials.safeParse(raw);
  return db().$transaction(async (tx) => {
    const result = parsed.success
      ? await checkSignIn(tx, parsed.data.username, parsed.data.password, ip)
      : await refuseMalformedSignIn(tx, loggableUsername((raw as { username?: unknown } | undefined)?.username), ip);
    return { result, sessionId: result.ok ? await startSession(tx, result.user.id) : null };
  });
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  // The cookie's own lifetime; the server-side session (lib/auth/user-sessions.ts) also ends on sign-out, idleness and age.
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/masuk" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(raw, request) {
        let attempt: Attempt;
        try {
          const ip = trustedClientAddress(request?.headers as Record<string, unknown> | undefined);
          if (!ip)
            throw new Error(
              "No trusted client address: start the app with `npm start` (scripts/serve.ts), not `next start`.",
            );
          attempt = await attemptSignIn(raw, ip);
        } catch (error) {
          console.error("Sign-in failed on the server:", error);
          throw new Error(UNAVAILABLE_ERROR);
        }
        const { result, sessionId } = attempt;
        if (result.ok) return { ...result.user, sessionId };
        if (result.reason === "LOCKED") throw new Error(LOCKED_ERROR_PREFIX + result.until.toISOString());
        return null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        const signedIn = user as { id: string; sessionVersion?: number; sessionId?: string | null };
        token.userId = signedIn.id;
        token.sessionVersion = signedIn.sessionVersion ?? 0;
        token.sessionId = signedIn.sessionId ?? undefined;
      }
      return token;
    },
    async session({ session, token }) {
      session.userId = typeof token.userId === "string" ? token.userId : undefined;
      session.sessionVersion = typeof token.sessionVersion === "number" ? token.sessionVersion : undefined;
      session.sessionId = typeof token.sessionId === "string" ? token.sessionId : undefined;
      return session;
    },
  },
  events: {
    // Ends the session on the server too: a copy of the cookie is refused from now on.
    async signOut({ token }) {
      const actorId = typeof token?.userId === "string" ? token.userId : null;
      if (typeof token?.sessionId === "string") await endSession(db(), token.sessionId);
      if (actorId) await writeAudit(db(), { actorId, action: "auth.sign_out", entity: "auth", entityId: actorId });
    },
  },
};
