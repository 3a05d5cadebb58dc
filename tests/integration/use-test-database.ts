import { afterAll, inject, vi } from "vitest";
import { APP_ROLE } from "@/lib/db/app-role";
import type { PrismaClient } from "@/lib/db/client";
import { storedFigures } from "@/lib/indicators/cache";
import { cloneDatabase, dropDatabase } from "../support/test-database";

// Runs before each test file: the file gets its own clone of the seeded template,
// dropped after its last test, so it never sees another file's rows.
const adminUrl = inject("adminUrl");
const databaseUrl = await cloneDatabase(adminUrl, inject("templateDatabaseUrl"));
const appUrl = new URL(databaseUrl);
appUrl.username = APP_ROLE;
appUrl.password = inject("appRolePassword");
if (inject("appConnectsThrough")) appUrl.host = inject("appConnectsThrough"); // the PgBouncer stage
const appDatabaseUrl = appUrl.toString();

// inject() reads the worker's provided context, which the global setup cannot fill
// per file; this file's inject("databaseUrl") must name its clone, so test files
// keep reading their URLs from inject() without knowing about clones.
const worker = (globalThis as { __vitest_worker__?: { providedContext?: Record<string, unknown> } }).__vitest_worker__;
if (!worker?.providedContext)
  throw new Error("vitest's worker state moved: point inject('databaseUrl') at the clone another way");
Object.assign(worker.providedContext, { databaseUrl, appDatabaseUrl });
if (inject("databaseUrl") !== databaseUrl) throw new Error("inject('databaseUrl') does not name this file's clone");

// Registered before the file's own hooks, so it runs after them (hooks unwind as a stack).
afterAll(async () => {
  await storedFigures(); // figures a read stored in the background (lib/indicators/cache.ts)
  const app = globalThis as { pantauPrisma?: PrismaClient }; // the app's client, lib/server/db.ts
  await app.pantauPrisma?.$disconnect();
  app.pantauPrisma = undefined;
  await dropDatabase(adminUrl, databaseUrl);
});

// The app's data layer connects as the app role (APP_DATABASE_URL), bound by row-level security.
process.env.DATABASE_URL = databaseUrl;
process.env.APP_DATABASE_URL = appDatabaseUrl;

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
