import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { writeAudit } from "@/lib/audit/write";
import { checkSignIn } from "@/lib/auth/sign-in";
import { zText } from "@/lib/validation/text";
import { db } from "./db";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;
/** The error a locked-out sign-in returns to the form, followed by the ISO time it ends. */
export const LOCKED_ERROR_PREFIX = "LOCKED:";

// A NUL or other control character in either field is refused here, before any lookup or audit row.
const ZCredentials = z.object({
  username: zText({ max: 100, min: 1 }).toLowerCase(),
  password: zText({ max: 200, min: 1, keepSpaces: true }),
});

/** The client address: the first X-Forwarded-For hop behind a proxy, else unknown. */
function clientAddress(headers: Record<string, unknown> | undefined): string {
  const forwarded = headers?.["x-forwarded-for"];
  const first = typeof forwarded === "string" ? forwarded.split(",")[0]?.trim() : undefined;
  return first || (typeof headers?.["x-real-ip"] === "string" ? (headers["x-real-ip"] as string) : "unknown");
}

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  jwt: { maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/masuk" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(raw, request) {
        const parsed = ZCredentials.safeParse(raw);
        if (!parsed.success) return null;
        const ip = clientAddress(request?.headers as Record<string, unknown> | undefined);
        const result = await db().$transaction((tx) => checkSignIn(tx, parsed.data.username, parsed.data.password, ip));
        if (result.ok) return result.user;
        if (result.reason === "LOCKED") throw new Error(LOCKED_ERROR_PREFIX + result.until.toISOString());
        return null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.userId = user.id;
        token.sessionVersion = (user as { sessionVersion?: number }).sessionVersion ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      session.userId = typeof token.userId === "string" ? token.userId : undefined;
      session.sessionVersion = typeof token.sessionVersion === "number" ? token.sessionVersion : undefined;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      const actorId = typeof token?.userId === "string" ? token.userId : null;
      if (actorId) await writeAudit(db(), { actorId, action: "auth.sign_out", entity: "auth", entityId: actorId });
    },
  },
};
