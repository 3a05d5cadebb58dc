import { formatIndonesianDateTime, timeZoneOfRegion } from "@/lib/dates";
import { ConflictError } from "@/lib/server/errors";
import type { Db } from "@/lib/server/scoped-db";

const BOOKKEEPING = new Set(["version", "updatedAt", "searchText"]);

/**
 * The conflict a stale save meets, told from the audit log: who saved the record
 * last, when, and which fields they changed.
 */
export async function conflictFromAudit(db: Db, entity: string, entityId: string): Promise<ConflictError> {
  const latest = await db.auditLog.findFirst({
    where: { entity, entityId, action: "update" },
    orderBy: { id: "desc" },
  });
  const before = (latest?.before ?? {}) as Record<string, unknown>;
  const after = (latest?.after ?? {}) as Record<string, unknown>;
  const fields = Object.keys(after).filter(
    (key) => !BOOKKEEPING.has(key) && JSON.stringify(before[key]) !== JSON.stringify(after[key]),
  );
  const actor = latest?.actorId
    ? await db.user.findUnique({ where: { id: latest.actorId }, select: { name: true } })
    : null;
  const district = latest?.districtId
    ? await db.region.findUnique({ where: { id: latest.districtId }, select: { code: true } })
    : null;
  return new ConflictError("errors.recordConflict", {
    by: actor?.name ?? "-",
    at: latest ? formatIndonesianDateTime(latest.at, timeZoneOfRegion(district?.code)) : "-",
    fields: fields.join(", ") || "-",
  });
}
