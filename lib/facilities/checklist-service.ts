import type { FacilityType, IlpStage } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit/write";
import { can } from "@/lib/auth/permissions";
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import { isUniqueViolation } from "@/lib/server/validation";
import type { z } from "zod";
import type { ZCreateChecklistItem, ZUpdateChecklistItem } from "./checklist-schemas";

// The stage checklist is national reference data: only a national admin changes it,
// and every change goes to the audit log (the table has no district, so no trigger).

function assertReferenceWriter(ctx: Ctx): void {
  if (!can(ctx.scope, "reference.write")) throw new ForbiddenError();
}

export async function updateChecklistItem(
  ctx: Ctx,
  input: z.output<typeof ZUpdateChecklistItem>,
): Promise<{ version: number }> {
  assertReferenceWriter(ctx);
  const before = await ctx.db.stageChecklistItem.findUnique({ where: { id: input.id } });
  if (!before) throw new NotFoundError("checklistItem");
  const data = {
    labelId: input.labelId,
    labelEn: input.labelEn,
    source: input.source,
    sortOrder: input.sortOrder,
    active: input.active,
  };
  const updated = await ctx.db.stageChecklistItem.updateMany({
    where: { id: input.id, version: input.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count === 0) throw new ConflictError();
  await writeAudit(ctx.db, {
    actorId: ctx.scope.userId,
    action: "update",
    entity: "StageChecklistItem",
    entityId: input.id,
    before: { ...before, updatedAt: before.updatedAt.toISOString() },
    after: data,
  });
  return { version: input.version + 1 };
}

export async function createChecklistItem(
  ctx: Ctx,
  input: z.output<typeof ZCreateChecklistItem>,
): Promise<{ id: string }> {
  assertReferenceWriter(ctx);
  const data = {
    code: input.code,
    stage: input.stage as IlpStage,
    facilityType: input.facilityType as FacilityType,
    labelId: input.labelId,
    labelEn: input.labelEn,
    source: input.source,
    sortOrder: input.sortOrder,
    active: input.active,
  };
  try {
    const created = await ctx.db.stageChecklistItem.create({ data, select: { id: true } });
    await writeAudit(ctx.db, {
      actorId: ctx.scope.userId,
      action: "insert",
      entity: "StageChecklistItem",
      entityId: created.id,
      after: data,
    });
    return created;
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError("errors.checklistCodeTaken", "code", { code: input.code });
    throw error;
  }
}
