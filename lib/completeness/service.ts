import type { z } from "zod";
import { conflictFromAudit } from "@/lib/audit/conflict";
import { requireDistrict } from "@/lib/auth/guards";
import { timeZoneOfRegion, todayIn } from "@/lib/dates";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import type { ZDeclareComplete, ZWithdrawComplete } from "./schemas";

// A planner's declaration that a data area is complete: what makes a figure
// over an empty register a real 0 rather than "belum ada data".

/** Declares (or re-dates) an area complete. A second editor working from an older declaration is refused. */
export async function declareComplete(
  ctx: Ctx,
  input: z.output<typeof ZDeclareComplete>,
): Promise<{ id: string; version: number }> {
  const district = await requireDistrict(ctx, { code: input.districtCode }, "facility.write");
  // "Today" is the district's own day (WIB/WITA/WIT).
  if (input.completeAsOf > todayIn(timeZoneOfRegion(district.code)))
    throw new ValidationError("completeness.errors.future", "completeAsOf");
  const existing = await ctx.db.dataCompleteness.findFirst({
    where: { districtId: district.id, area: input.area },
    select: { id: true, version: true },
  });
  if (existing) {
    if (input.version === undefined) throw new ConflictError("completeness.errors.changed");
    const updated = await ctx.db.dataCompleteness.updateMany({
      where: { id: existing.id, districtId: district.id, version: input.version },
      data: {
        completeAsOf: input.completeAsOf,
        note: input.note ?? null,
        declaredById: ctx.scope.userId,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) throw await conflictFromAudit(ctx.db, "DataCompleteness", existing.id);
    return { id: existing.id, version: input.version + 1 };
  }
  if (input.version !== undefined) throw new ConflictError("completeness.errors.changed");
  const created = await ctx.db.dataCompleteness.create({
    data: {
      districtId: district.id,
      area: input.area,
      completeAsOf: input.completeAsOf,
      note: input.note ?? null,
      declaredById: ctx.scope.userId,
    },
    select: { id: true, version: true },
  });
  return created;
}

/** Withdraws a declaration (the audit log keeps what it was). */
export async function withdrawComplete(ctx: Ctx, input: z.output<typeof ZWithdrawComplete>): Promise<void> {
  const declaration = await ctx.db.dataCompleteness.findFirst({
    where: { id: input.id },
    select: { id: true, districtId: true },
  });
  if (!declaration) throw new NotFoundError("declaration");
  await requireDistrict(ctx, { id: declaration.districtId }, "facility.write");
  const deleted = await ctx.db.dataCompleteness.deleteMany({
    where: { id: declaration.id, districtId: declaration.districtId, version: input.version },
  });
  if (deleted.count === 0) throw new ConflictError("completeness.errors.changed");
}
