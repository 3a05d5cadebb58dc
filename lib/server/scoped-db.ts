import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { districtsWhere, writableDistrictIds, writablePuskesmasIds } from "@/lib/auth/permissions";
import { readableDistrictIds, type Scope } from "@/lib/auth/scope";
import { db } from "./db";

export type Db = Prisma.TransactionClient;
/** What every scoped query and service receives: who is asking, and a client bound to their scope. */
export type Ctx = { scope: Scope; db: Db };

/**
 * Runs `work` in one transaction whose row-level-security settings are the
 * user's scope (districts read; districts and puskesmas written; district offices a Dinkes admin may edit), set once with transaction-local set_config so they can never
 * leak to the next user of a pooled connection.
 */
export async function withScope<T>(
  scope: Scope,
  work: (ctx: Ctx) => Promise<T>,
  options: { timeout?: number } = {},
): Promise<T> {
  const read = readableDistrictIds(scope);
  return db().$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT
        set_config('app.user_id', ${scope.userId}, true),
        set_config('app.all_districts', ${read === "ALL" ? "on" : "off"}, true),
        set_config('app.read_district_ids', ${read === "ALL" ? "" : [...read].join(",")}, true),
        set_config('app.write_district_ids', ${[...writableDistrictIds(scope)].join(",")}, true),
        set_config('app.write_puskesmas_ids', ${[...writablePuskesmasIds(scope)].join(",")}, true),
        set_config('app.office_district_ids', ${districtsWhere(scope, "office.write").join(",")}, true)`;
      return work({ scope, db: tx });
    },
    { maxWait: 5_000, timeout: options.timeout ?? 15_000 },
  );
}
