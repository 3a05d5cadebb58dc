import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { PrismaClient } from "@/lib/db/client";
import { districtsWhere, writableDistrictIds, writablePuskesmasIds } from "@/lib/auth/permissions";
import { readableDistrictIds, type Scope } from "@/lib/auth/scope";
import { db, readDb } from "./db";

export type Db = Prisma.TransactionClient;
/** What every scoped query and service receives: who is asking, and a client bound to their scope. */
export type Ctx = { scope: Scope; db: Db };
type Options = { timeout?: number };

/**
 * Runs `work` in one transaction whose row-level-security settings are the
 * user's scope (districts read; districts and puskesmas written; district offices a Dinkes admin may edit), set once with transaction-local set_config so they can never
 * leak to the next user of a pooled connection.
 */
export async function withScope<T>(scope: Scope, work: (ctx: Ctx) => Promise<T>, options: Options = {}): Promise<T> {
  return scopedTransaction(db(), scope, work, options);
}

/**
 * For the heavy reads (the comparisons and the district dashboard): like
 * withScope, but on the streaming replica of READ_DATABASE_URL when there is one
 * and it has caught up. The same role and the same transaction-local scope apply
 * there, so row-level security binds these reads as any other. Read-your-writes:
 * the data versions of the user's districts (DistrictDataVersion, raised by a
 * trigger on every write to district data) are read on the primary first; when
 * the replica holds an older version of any of them – a write, the user's own or
 * anyone's, not replayed yet – or cannot be reached, the read runs on the primary.
 * `work` must only read: a replica refuses writes.
 */
export async function withReadScope<T>(
  scope: Scope,
  work: (ctx: Ctx) => Promise<T>,
  options: Options = {},
): Promise<T> {
  const replica = readDb();
  if (!replica || Date.now() < replicaDownUntil) return withScope(scope, work, options);
  const onPrimary = await withScope(scope, (ctx) => dataVersions(ctx));
  let started = false;
  try {
    return await scopedTransaction(
      replica,
      scope,
      async (ctx) => {
        const onReplica = await dataVersions(ctx);
        for (const [district, version] of onPrimary)
          if ((onReplica.get(district) ?? 0n) < version) throw new ReplicaBehind();
        started = true;
        return work(ctx);
      },
      options,
    );
  } catch (error) {
    // A hot standby cancels a read that holds up WAL replay longer than max_standby_streaming_delay; read it again on the primary.
    if (started && !conflictWithRecovery(error)) throw error;
    if (!started && !(error instanceof ReplicaBehind)) {
      // Unreachable or refusing: the primary serves every read for a while, rather than each one waiting first.
      replicaDownUntil = Date.now() + 30_000;
      warnReplicaUnusable(error);
    }
    return withScope(scope, work, options);
  }
}

class ReplicaBehind extends Error {}

/** PostgreSQL's "canceling statement due to conflict with recovery" (or the connection ended for it). */
function conflictWithRecovery(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause)
    if (/conflict with recovery/.test(cause.message)) return true;
  return false;
}

/** The data version of every district the scope reads (row-level security picks them). */
async function dataVersions(ctx: Ctx): Promise<Map<string, bigint>> {
  const rows = await ctx.db.$queryRaw<{ districtId: string; version: bigint }[]>`
    SELECT "districtId"::text AS "districtId", version FROM "DistrictDataVersion"`;
  return new Map(rows.map((row) => [row.districtId, BigInt(row.version)]));
}

let replicaDownUntil = 0;
let lastWarning = 0;
function warnReplicaUnusable(error: unknown): void {
  if (Date.now() - lastWarning < 60_000) return;
  lastWarning = Date.now();
  console.warn(`READ_DATABASE_URL cannot be used, reading from the primary: ${(error as Error).message}`);
}

async function scopedTransaction<T>(
  client: PrismaClient,
  scope: Scope,
  work: (ctx: Ctx) => Promise<T>,
  options: Options,
): Promise<T> {
  const read = readableDistrictIds(scope);
  return client.$transaction(
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
