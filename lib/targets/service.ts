import type { z } from "zod";
import { conflictFromAudit } from "@/lib/audit/conflict";
import { requireDistrict } from "@/lib/auth/guards";
import { NotFoundError, ValidationError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import { isUniqueViolation } from "@/lib/server/validation";
import type { ZCreateTarget, ZDeleteTarget, ZUpdateTarget } from "./schemas";

function checkDeadline(year: number, deadline: Date): void {
  if (deadline.getUTCFullYear() < year) throw new ValidationError("errors.deadlineBeforeYear", "deadline", { year });
}

export async function createTarget(ctx: Ctx, input: z.output<typeof ZCreateTarget>): Promise<{ id: string }> {
  const district = await requireDistrict(ctx, { code: input.districtCode }, "target.write");
  checkDeadline(input.year, input.deadline);
  try {
    return await ctx.db.rolloutTarget.create({
      data: { districtId: district.id, year: input.year, kind: input.kind, targetCount: input.targetCount, deadline: input.deadline, note: input.note ?? null },
      select: { id: true },
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError("errors.targetExists", "kind", { year: input.year });
    throw error;
  }
}

async function editableTarget(ctx: Ctx, id: string) {
  const target = await ctx.db.rolloutTarget.findFirst({ where: { id }, select: { id: true, districtId: true, year: true } });
  if (!target) throw new NotFoundError("target");
  await requireDistrict(ctx, { id: target.districtId }, "target.write");
  return target;
}

export async function updateTarget(ctx: Ctx, input: z.output<typeof ZUpdateTarget>): Promise<{ version: number }> {
  const target = await editableTarget(ctx, input.id);
  checkDeadline(target.year, input.deadline);
  const updated = await ctx.db.rolloutTarget.updateMany({
    where: { id: target.id, districtId: target.districtId, version: input.version },
    data: { targetCount: input.targetCount, deadline: input.deadline, note: input.note ?? null, version: { increment: 1 } },
  });
  if (updated.count === 0) throw await conflictFromAudit(ctx.db, "RolloutTarget", target.id);
  return { version: input.version + 1 };
}

export async function deleteTarget(ctx: Ctx, input: z.output<typeof ZDeleteTarget>): Promise<void> {
  const target = await editableTarget(ctx, input.id);
  const deleted = await ctx.db.rolloutTarget.deleteMany({ where: { id: target.id, districtId: target.districtId, version: input.version } });
  if (deleted.count === 0) throw await conflictFromAudit(ctx.db, "RolloutTarget", target.id);
}
