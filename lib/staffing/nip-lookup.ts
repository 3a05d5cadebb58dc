import { writeAudit } from "@/lib/audit/write";
import type { Scope } from "@/lib/auth/scope";
import { withScope, type Ctx } from "@/lib/server/scoped-db";

/** The audit action for a NIP someone entered that belongs to a worker outside their reach. */
export const FOREIGN_NIP_LOOKUP = "staff.nip_lookup_foreign";

/**
 * The NIPs among `nips` held by staff outside the user's reach: another
 * district's (seen through a SECURITY DEFINER function that names no place), or,
 * when the work is limited to one puskesmas, another puskesmas' of the district.
 * Callers refuse them all with one message that names no district or puskesmas.
 */
export async function nipsHeldOutside(
  ctx: Ctx,
  districtId: string,
  nips: string[],
  ownPuskesmasId: string | null,
  exceptStaffId?: string,
): Promise<Set<string>> {
  const wanted = [...new Set(nips.filter(Boolean))];
  if (wanted.length === 0) return new Set();
  const rows = await ctx.db.$queryRaw<
    { key: string }[]
  >`SELECT k AS key FROM import_keys_held_elsewhere('Staff', ${wanted}::text[], ${districtId}::uuid) AS k`;
  const outside = new Set(rows.map((row) => row.key));
  if (ownPuskesmasId) {
    const local = await ctx.db.staff.findMany({
      where: {
        districtId,
        nip: { in: wanted },
        puskesmasId: { not: ownPuskesmasId },
        ...(exceptStaffId ? { id: { not: exceptStaffId } } : {}),
      },
      select: { nip: true },
    });
    for (const { nip } of local) outside.add(nip!);
  }
  return outside;
}

/**
 * Records that the user entered NIPs held outside their reach, in its own
 * transaction: the refusal that follows rolls the request's transaction back,
 * and the record must stay so that repeated probing shows in the audit log.
 */
export async function auditForeignNipLookup(
  scope: Scope,
  districtId: string,
  nips: Iterable<string>,
  via: "form" | "import",
): Promise<void> {
  const list = [...new Set(nips)];
  if (list.length === 0) return;
  await withScope(scope, (ctx) =>
    writeAudit(ctx.db, {
      actorId: scope.userId,
      districtId,
      action: FOREIGN_NIP_LOOKUP,
      entity: "staff",
      after: { via, count: list.length, nips: list.slice(0, 100) },
    }),
  );
}
