import "server-only";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";

const globalForPrisma = globalThis as unknown as { pantauPrisma?: PrismaClient; pantauReadPrisma?: PrismaClient };

/**
 * The app's database client, connected as the `pantau_app` role, which owns no
 * table and is bound by row-level security. District data is read and written
 * only inside `withScope` (lib/server/scoped-db.ts); this raw client is for the
 * sign-in path and tables without district data.
 */
export function db(): PrismaClient {
  if (!globalForPrisma.pantauPrisma) {
    const url = process.env.APP_DATABASE_URL;
    if (!url) throw new Error("APP_DATABASE_URL is not set: start the app with `npm run demo` or `npm start`.");
    globalForPrisma.pantauPrisma = createPrismaClient(url, { max: Number(process.env.DB_POOL_MAX || 10) });
  }
  return globalForPrisma.pantauPrisma;
}

/**
 * The client of the streaming replica in READ_DATABASE_URL (as `pantau_app` too),
 * or null when there is none. Used only by `withReadScope` (lib/server/scoped-db.ts).
 */
export function readDb(): PrismaClient | null {
  const url = process.env.READ_DATABASE_URL;
  if (!url) return null;
  if (!globalForPrisma.pantauReadPrisma)
    globalForPrisma.pantauReadPrisma = createPrismaClient(url, { max: Number(process.env.DB_POOL_MAX || 10) });
  return globalForPrisma.pantauReadPrisma;
}
