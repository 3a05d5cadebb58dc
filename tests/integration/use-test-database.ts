import { inject, vi } from "vitest";

// The app's data layer connects as the app role (APP_DATABASE_URL), bound by row-level security.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.APP_DATABASE_URL = inject("appDatabaseUrl");

// Server actions and route handlers read the signed-in user from getCurrentUser(),
// which reads the next-auth cookie of a request. Tests replace only that step
// (see tests/support/act-as.ts): the user and scope still come from the database.
vi.mock("@/lib/server/session", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/server/session")>();
  return { ...original, getCurrentUser: async () => (globalThis as { __testUser?: unknown }).__testUser ?? null };
});
// Outside a request there is no cache to revalidate and no cookie jar.
vi.mock("next/cache", () => ({ revalidatePath: () => {}, revalidateTag: () => {} }));
vi.mock("next/headers", () => {
  const jar = new Map<string, string>();
  return {
    cookies: async () => ({
      get: (name: string) => (jar.has(name) ? { name, value: jar.get(name) } : undefined),
      set: (name: string, value: string) => void jar.set(name, value),
    }),
    headers: async () => new Headers(),
  };
});
