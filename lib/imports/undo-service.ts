import { requireImportBatch } from "@/lib/auth/guards";
import { can, type Target } from "@/lib/auth/permissions";
import { ValidationError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import { facilitySearchText } from "@/lib/facilities/search-text";
import { currentSnapshots } from "./entities";
import type { EntityName, Snapshot } from "./types";
import { parseIsoDate } from "@/lib/dates";

/** Children before parents: a desa before its kecamatan, a stage change before its facility… */
const DELETE_ORDER: EntityName[] = ["FacilityStageChange", "Kader", "Staff", "Facility", "Region"];

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
  const candidate = error as { code?: string; cause?: { code?: string }; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
  return candidate?.code === "P2003" || candidate?.code === "23503" || candidate?.cause?.code === "23503" || candidate?.meta?.driverAdapterError?.cause?.kind === "ForeignKeyConstraintViolation";
}


/**
 * Who may undo a batch: a planner any batch of their district (facility.write),
 * a head only the batches of their own puskesmas (staff.write on it), never a
 * district-wide one. The import pages ask the same to show the undo button.
 */
export function mayUndoImport(scope: Ctx["scope"], batch: Target): boolean {
  return can(scope, "facility.write", batch) || can(scope, "staff.write", batch);
}

/**
 * Undoes a batch: rows it created are deleted, rows it updated get their former
 * values back. Refused when anything newer has touched one of its rows (the
 * row's current fields, including its version, differ from what the batch
 * left), or when a row it created is now in use elsewhere.
 */
export async function undoImport(ctx: Ctx, input: { batchId: string }): Promise<{ rows: number }> {
  const batch = await requireImportBatch(ctx, input.batchId, (target) => mayUndoImport(ctx.scope, target));
  if (batch.undoneAt) throw new ValidationError("imports.undo.alreadyUndone");

  const links = await ctx.db.importBatchRow.findMany({ where: { batchId: batch.id }, select: { entity: true, entityId: true, created: true, before: true, after: true } });
  const byEntity = new Map<EntityName, typeof links>();
  for (const link of links) byEntity.set(link.entity as EntityName, [...(byEntity.get(link.entity as EntityName) ?? []), link]);

  let touched = 0;
  for (const [entity, entityLinks] of byEntity) {
    const current = await currentSnapshots(ctx, entity, entityLinks.map((link) => link.entityId));
    for (const link of entityLinks) if (!same(current.get(link.entityId), link.after)) touched++;
  }
  if (touched > 0) throw new ValidationError("imports.undo.touched", undefined, { count: touched });

  try {
    for (const entity of DELETE_ORDER) {
      const created = (byEntity.get(entity) ?? []).filter((link) => link.created);
      if (created.length === 0) continue;
      await deleteCreated(ctx, entity, created.map((link) => ({ id: link.entityId, after: link.after as Snapshot })));
    }
    for (const [entity, entityLinks] of byEntity) {
      for (const link of entityLinks) if (!link.created) await restore(ctx, entity, link.entityId, link.before as Snapshot);
    }
  } catch (error) {
    if (isForeignKeyViolation(error)) throw new ValidationError("imports.undo.inUse");
    throw error;
  }
  await ctx.db.importBatch.update({ where: { id: batch.id }, data: { undoneAt: new Date(), undoneById: ctx.scope.userId } });
  return { rows: links.length };
}

async function deleteCreated(ctx: Ctx, entity: EntityName, rows: { id: string; after: Snapshot }[]): Promise<void> {
  const ids = rows.map((row) => row.id);
  switch (entity) {
    case "FacilityStageChange":
      return void (await ctx.db.facilityStageChange.deleteMany({ where: { id: { in: ids } } }));
    case "Kader":
      return void (await ctx.db.kader.deleteMany({ where: { id: { in: ids } } }));
    case "Staff":
      return void (await ctx.db.staff.deleteMany({ where: { id: { in: ids } } }));
    case "Facility":
      // Posyandu, then pustu, then puskesmas: parents go last.
      for (const type of ["POSYANDU", "PUSTU", "PUSKESMAS"] as const) await ctx.db.facility.deleteMany({ where: { id: { in: ids }, type } });
      return;
    case "Region":
      for (const level of ["DESA", "KECAMATAN"] as const) await ctx.db.region.deleteMany({ where: { id: { in: ids }, level } });
      return;
  }
}

async function restore(ctx: Ctx, entity: EntityName, id: string, before: Snapshot): Promise<void> {
  // The version goes back too: the row is again exactly as it was, so an older batch touching it can
  // be undone in turn, and a form opened on these values may still save (it saw what is there now).
  const fields = before;
  switch (entity) {
    case "Region":
      await ctx.db.region.update({ where: { id }, data: { name: String(fields.name) } });
      return;
    case "Facility": {
      const stageSince = fields.stageSince ? parseIsoDate(String(fields.stageSince).slice(0, 10)) : null;
      const searchText = facilitySearchText(String(fields.name), fields.aliases as string[]);
      await ctx.db.facility.update({ where: { id }, data: { ...(fields as object), searchText, stageSince } as never });
      return;
    }
    case "Staff":
      await ctx.db.staff.update({ where: { id }, data: fields as never });
      return;
    case "Kader":
      await ctx.db.kader.update({ where: { id }, data: fields as never });
      return;
    case "FacilityStageChange":
      return; // Stage changes are only ever created by an import.
  }
}
