import path from "node:path";
import { defineConfig } from "prisma/config";
import { PrismaPg } from "@prisma/adapter-pg";
import { Pool, type QueryResult } from "pg";

// The CLI must always see a postgresql:// URL, or it silently falls back to
// downloading a native engine (see README, "Migrations"). Commands that never
// connect, such as `prisma generate`, get a placeholder.
process.env.DATABASE_URL ||= "postgresql://placeholder@127.0.0.1:5432/placeholder";

const PG_NAME_OID = 19;
const PG_TEXT_OID = 25;

/** adapter-pg rejects PostgreSQL's `name` type in catalog reads (prisma#27403); report it as text. */
class CatalogFriendlyPool extends Pool {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  async query(...args: any[]): Promise<any> {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const result = (await (super.query as any)(...args)) as QueryResult;
    for (const field of result?.fields ?? []) {
      if (field.dataTypeID === PG_NAME_OID) field.dataTypeID = PG_TEXT_OID;
    }
    return result;
  }
}

export default defineConfig({
  experimental: { adapter: true },
  engine: "js",
  schema: path.join("prisma", "schema.prisma"),
  migrations: { path: path.join("prisma", "migrations") },
  async adapter() {
    const pool = new CatalogFriendlyPool({ connectionString: process.env.DATABASE_URL });
    return new PrismaPg(pool, { disposeExternalPool: true });
  },
});
