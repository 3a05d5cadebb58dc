import "server-only";
import { createPrismaClient, type PrismaClient } from "@/lib/db/client";

const globalForPrisma = globalThis as unknown as { pantauPrisma?: PrismaClient };

/**
 * The app's database client. Feature code reaches it only through the scoped
 * data functions in lib/<feature>/queries.ts, never directly from pages.
 */
export function db(): PrismaClient {
  if (!globalForPrisma.pantauPrisma) {
    const url = process.env.DATABASE_URL;
    if (!url) throw new Error("DATABASE_URL is not set: start the app with `npm run demo` or `npm start`.");
    globalForPrisma.pantauPrisma = createPrismaClient(url, { max: Number(process.env.DB_POOL_MAX || 10) });
  }
  return globalForPrisma.pantauPrisma;
}
