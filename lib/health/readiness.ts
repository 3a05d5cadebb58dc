import fs from "node:fs";
import path from "node:path";
import packageJson from "@/package.json";

/** The app's own version, the only version a health answer gives. */
export const APP_VERSION: string = packageJson.version;

export type Readiness = {
  status: "ok" | "unavailable";
  version: string;
  checks: {
    database: "ok" | "unreachable";
    /** "current": every migration this code ships is applied (a newer database is fine: additive migrations). */
    migrations: "current" | "pending" | "unknown";
  };
};

/** Reads the names of the applied migrations; rejects when the database cannot be reached. */
export type AppliedMigrations = () => Promise<string[]>;

/** Thrown by an AppliedMigrations reader when the database answers but the ledger function is missing (its migration is pending). */
export class LedgerUnavailable extends Error {}

/** The migrations this code ships: the folder names under prisma/migrations. */
export function shippedMigrations(dir = path.resolve(process.cwd(), "prisma", "migrations")): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
}

/**
 * Ready when the database answers within `timeoutMs` and every shipped migration is
 * applied. Says nothing else: no error text, host or server version.
 */
export async function checkReadiness(
  applied: AppliedMigrations,
  shipped: string[],
  timeoutMs = 5_000,
): Promise<Readiness> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error("timed out")), timeoutMs);
  });
  let checks: Readiness["checks"];
  try {
    const names = new Set(await Promise.race([applied(), timeout]));
    checks = { database: "ok", migrations: shipped.every((name) => names.has(name)) ? "current" : "pending" };
  } catch (error) {
    checks =
      error instanceof LedgerUnavailable
        ? { database: "ok", migrations: "pending" }
        : { database: "unreachable", migrations: "unknown" };
  } finally {
    clearTimeout(timer);
  }
  const ready = checks.database === "ok" && checks.migrations === "current";
  return { status: ready ? "ok" : "unavailable", version: APP_VERSION, checks };
}
