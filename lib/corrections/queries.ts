import "server-only";
import type { CorrectedEntity, CorrectionKind } from "@/lib/generated/prisma/client";
import type { Ctx } from "@/lib/server/scoped-db";

export type CorrectionRow = {
  kind: CorrectionKind;
  reason: string;
  at: Date;
  by: string | null;
  previous: Record<string, unknown>;
};

/** The corrections and voids of the given records, oldest first, keyed by record id. */
export async function correctionsOf(
  ctx: Ctx,
  entity: CorrectedEntity,
  recordIds: string[],
): Promise<Map<string, CorrectionRow[]>> {
  const byRecord = new Map<string, CorrectionRow[]>();
  if (recordIds.length === 0) return byRecord;
  const rows = await ctx.db.recordCorrection.findMany({
    where: { entity, recordId: { in: recordIds } },
    orderBy: { at: "asc" },
    select: { recordId: true, kind: true, reason: true, at: true, previous: true, actor: { select: { name: true } } },
  });
  for (const row of rows) {
    const list = byRecord.get(row.recordId) ?? [];
    list.push({
      kind: row.kind,
      reason: row.reason,
      at: row.at,
      by: row.actor?.name ?? null,
      previous: (row.previous ?? {}) as Record<string, unknown>,
    });
    byRecord.set(row.recordId, list);
  }
  return byRecord;
}
