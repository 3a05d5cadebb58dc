import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "./db";

export const SESSION_MAX_AGE_SECONDS = 12 * 60 * 60;

const ZCredentials = z.object({
  username: z.string().trim().toLowerCase().min(1).max(100),
  password: z.string().min(1).max(200),
});

// Verifying against a real hash even for unknown users keeps response times alike.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$Tu5mD9mYYu/YQioa9v/hLg$RvZk1PpCpqooFCF7xsHhf1vzp9QkgI5rk/GBtxusk8w";

export const authOptions: NextAuthOptions = {
  secret: process.env.NEXTAUTH_SECRET,
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/masuk" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(raw) {
        const parsed = ZCredentials.safeParse(raw);
        if (!parsed.success) return null;
        const user = await db().user.findUnique({
          where: { username: parsed.data.username },
          select: { id: true, name: true, username: true, passwordHash: true, active: true, sessionVersion: true },
        });
        const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, parsed.data.password);
        if (!user || !valid || !user.active) return null;
        return { id: user.id, name: user.name, sessionVersion: user.sessionVersion };
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
};
