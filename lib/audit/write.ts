import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditEntry = {
  actorId: string | null;
  districtId?: string | null;
  action: string;
  entity: string;
  entityId?: string | null;
  before?: Prisma.InputJsonValue;
  after?: Prisma.InputJsonValue;
  ip?: string | null;
};

/**
 * Appends one audit row. Never pass passwords, hashes or tokens in `before`/`after`.
 * createMany, because it reads nothing back: the writer may not be allowed to read the row.
 */
export async function writeAudit(client: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await client.auditLog.createMany({
    data: {
      actorId: entry.actorId,
      districtId: entry.districtId ?? null,
      action: entry.action,
      entity: entry.entity,
      entityId: entry.entityId ?? null,
      // strictUndefinedChecks: an absent image is left out, never passed as undefined.
      ...(entry.before !== undefined ? { before: entry.before } : {}),
      ...(entry.after !== undefined ? { after: entry.after } : {}),
      ip: entry.ip ?? null,
    },
  });
}
