import "next-auth";

declare module "next-auth" {
  interface Session {
    userId?: string;
    sessionVersion?: number;
    /** The server-side session (UserSession) this cookie belongs to. */
    sessionId?: string;
  }
}
