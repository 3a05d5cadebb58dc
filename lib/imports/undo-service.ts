import { requireImportBatch } from "@/lib/auth/guards";
import { can, type Target } from "@/lib/auth/permissions";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { ValidationError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import type { ImportEntity } from "./entity";
import { IMPORT_KIND_LIST } from "./registry";

/** Each kind's tables; the kinds are listed parents first, so children are deleted before parents (a stage change before its facility…). */
const DELETE_ORDER: readonly ImportEntity[] = IMPORT_KIND_LIST.flatMap((def) => [
  ...(def.parentEntities ?? []),
  def.entity,
]).reverse();
const ENTITIES = new Map(DELETE_ORDER.map((entity) => [entity.name, entity]));

function entityNamed(name: string): ImportEntity {
  const entity = ENTITIES.get(name);
  if (!entity) throw new Error(`Import batch row of an unknown entity: ${name}`);
  return entity;
}

/** JSON with sorted keys: PostgreSQL's jsonb does not keep the key order the snapshot was written in. */
function stable(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stable).join(",")}]`;
  if (value && typeof value === "object") {
    return `{${Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${stable((value as Record<string, unknown>)[key])}`)
      .join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}
const same = (a: unknown, b: unknown) => a !== undefined && stable(a) === stable(b);

function isForeignKeyViolation(error: unknown): boolean {
  const candidate = error as {
    code?: string;
    cause?: { code?: string };
    meta?: { driverAdapterError?: { cause?: { kind?: string } } };
  };
  return (
    candidate?.code === "P2003" ||
    candidate?.code === "23503" ||
    candidate?.cause?.code === "23503" ||
    candidate?.meta?.driverAdapterError?.cause?.kind === "ForeignKeyConstraintViolation"
  );
}

/**
 * Who may undo a batch: a planner any batch of their district (facility.write),
 * a head only the batches of their own puskesmas (staff.write on it), never a
 * district-wide one. A batch of monthly report values: whoever may import them
 * there (a planner for the district, the head or petugas data for their own
 * puskesmas). The import pages ask the same to show the undo button.
 */
export function mayUndoImport(scope: Ctx["scope"], batch: Target, kind?: ImportKind): boolean {
  if (kind === "MONTHLY_VALUES")
    return can(scope, "report.review", batch) || (Boolean(batch.puskesmasId) && can(scope, "report.enter", batch));
  return can(scope, "facility.write", batch) || can(scope, "staff.write", batch);
}

/**
 * Undoes a batch: rows it created are deleted, rows it updated get their former
 * values back. Refused when anything newer has touched one of its rows (the
 * row's current fields, including its version, differ from what the batch
 * left), or when a row it created is now in use elsewhere.
 */
export async function undoImport(ctx: Ctx, input: { batchId: string }): Promise<{ rows: number }> {
  const batch = await requireImportBatch(ctx, input.batchId, (target, kind) => mayUndoImport(ctx.scope, target, kind));
  if (batch.undoneAt) throw new ValidationError("imports.undo.alreadyUndone");

  const links = await ctx.db.importBatchRow.findMany({
    where: { batchId: batch.id },
    select: { entity: true, entityId: true, created: true, before: true, after: true },
  });
  const byEntity = new Map<ImportEntity, typeof links>();
  for (const link of links) {
    const entity = entityNamed(link.entity);
    byEntity.set(entity, [...(byEntity.get(entity) ?? []), link]);
  }

  let touched = 0;
  for (const [entity, entityLinks] of byEntity) {
    const current = await entity.currentImages(
      ctx,
      entityLinks.map((link) => link.entityId),
    );
    for (const link of entityLinks) if (!same(current.get(link.entityId), link.after)) touched++;
  }
  if (touched > 0) throw new ValidationError("imports.undo.touched", undefined, { count: touched });

  try {
    for (const entity of DELETE_ORDER) {
      const created = (byEntity.get(entity) ?? []).filter((link) => link.created);
      if (created.length > 0)
        await entity.deleteCreated(
          ctx,
          created.map((link) => link.entityId),
        );
    }
    // The version goes back too: the row is again exactly as it was, so an older batch touching it can
    // be undone in turn, and a form opened on these values may still save (it saw what is there now).
    for (const [entity, entityLinks] of byEntity) {
      for (const link of entityLinks) if (!link.created) await entity.restore(ctx, link.entityId, link.before);
    }
  } catch (error) {
    if (isForeignKeyViolation(error)) throw new ValidationError("imports.undo.inUse");
    throw error;
  }
  await ctx.db.importBatch.update({
    where: { id: batch.id },
    data: { undoneAt: new Date(), undoneById: ctx.scope.userId },
  });
  return { rows: links.length };
}
