import { can } from "@/lib/auth/permissions";
import type { Scope } from "@/lib/auth/scope";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { ForbiddenError, ValidationError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import type { ReadRows } from "./read-rows";
import type { ImportDistrict, ImportKindDef, Plan, RowIssue } from "./types";
import { timeZoneOfRegion } from "@/lib/dates";
import { isoLocalDateTime } from "@/lib/dates/instants";

/** How many rejected rows a preview lists; the counts always cover all of them. */
export const ISSUES_SHOWN = 500;
const LINK_CHUNK = 10_000;

export type ImportCounts = { create: number; update: number; unchanged: number; rejected: number };
export type ImportPreview = {
  kind: string;
  fileName: string;
  sha256: string;
  format: string;
  rowCount: number;
  counts: ImportCounts;
  issues: RowIssue[];
  /** The last batch of the same file (same SHA-256) that is still in force, if any. */
  previous: { id: string; at: string; by: string | null; fileName: string } | null;
};
export type CommitMode = "all" | "validOnly";

/**
 * Refuses unless the user may import this kind into the target: a whole
 * district's master data takes facility.write (planners), its monthly report
 * values report.review (planners); an import restricted to one puskesmas is its
 * roster (staff.write on it: its head) or its monthly report values (report.enter:
 * its head or petugas data).
 */
export function assertMayImport(scope: Scope, district: ImportDistrict, kind: ImportKind): void {
  const allowed = district.puskesmas
    ? puskesmasMayImport(scope, { districtId: district.id, puskesmasId: district.puskesmas.id }, kind)
    : can(scope, kind === "MONTHLY_VALUES" ? "report.review" : "facility.write", { districtId: district.id });
  if (!allowed) throw new ForbiddenError();
}

/** Into one puskesmas: its roster (staff.write, its head), or its monthly report values (report.enter, its head or petugas data). */
function puskesmasMayImport(scope: Scope, target: { districtId: string; puskesmasId: string }, kind: ImportKind) {
  if (kind === "STAFF") return can(scope, "staff.write", target);
  if (kind === "MONTHLY_VALUES") return can(scope, "report.enter", target);
  return false;
}

/** Rows of the target (its import batches, its staff): one puskesmas' when the import is restricted to it, else all of the district's. */
export const ofTarget = (district: ImportDistrict) => ({
  districtId: district.id,
  ...(district.puskesmas ? { puskesmasId: district.puskesmas.id } : {}),
});

function countsOf<Row>(read: ReadRows<Row>, plan: Plan<Row>): { counts: ImportCounts; issues: RowIssue[] } {
  const issues = [...read.issues, ...plan.rejected].sort((a, b) => a.row - b.row);
  const counts = { create: 0, update: 0, unchanged: 0, rejected: new Set(issues.map((issue) => issue.row)).size };
  for (const row of plan.planned) counts[row.outcome]++;
  return { counts, issues };
}

/** The dry run: what the file would create, update, leave unchanged and reject. Writes nothing. */
export async function previewImport<Row>(
  ctx: Ctx,
  def: ImportKindDef<Row>,
  district: ImportDistrict,
  fileName: string,
  read: ReadRows<Row>,
): Promise<ImportPreview> {
  assertMayImport(ctx.scope, district, def.kind);
  const plan = await def.plan(ctx, district, read.parsed);
  const { counts, issues } = countsOf(read, plan);
  const previous = await ctx.db.importBatch.findFirst({
    where: { ...ofTarget(district), kind: def.kind, sha256: read.sha256, undoneAt: null },
    orderBy: { createdAt: "desc" },
    select: { id: true, createdAt: true, createdById: true, fileName: true },
  });
  const by = previous?.createdById
    ? await ctx.db.user.findUnique({ where: { id: previous.createdById }, select: { name: true } })
    : null;
  return {
    kind: def.slug,
    fileName,
    sha256: read.sha256,
    format: read.format,
    rowCount: read.rowCount,
    counts,
    issues: issues.slice(0, ISSUES_SHOWN),
    previous: previous
      ? {
          id: previous.id,
          at: isoLocalDateTime(previous.createdAt, timeZoneOfRegion(district.code)),
          by: by?.name ?? null,
          fileName: previous.fileName,
        }
      : null,
  };
}

/**
 * Applies a file in the caller's transaction. "all" refuses the whole file when
 * any row is rejected (nothing lands); "validOnly" applies the valid rows, a
 * choice the user confirms separately. Either way one batch records who, when,
 * which file and the counts, and links every row it created or updated.
 */
export async function commitImport<Row>(
  ctx: Ctx,
  def: ImportKindDef<Row>,
  district: ImportDistrict,
  fileName: string,
  read: ReadRows<Row>,
  mode: CommitMode,
): Promise<{ batchId: string; counts: ImportCounts }> {
  assertMayImport(ctx.scope, district, def.kind);
  const plan = await def.plan(ctx, district, read.parsed);
  const { counts } = countsOf(read, plan);
  if (mode === "all" && counts.rejected > 0)
    throw new ValidationError("imports.commit.hasRejected", undefined, { count: counts.rejected });

  const links = await def.apply(
    ctx,
    district,
    plan.planned.filter((row) => row.outcome !== "unchanged"),
  );
  const batch = await ctx.db.importBatch.create({
    data: {
      districtId: district.id,
      puskesmasId: district.puskesmas?.id ?? null,
      kind: def.kind,
      fileName: fileName.slice(0, 255),
      sha256: read.sha256,
      validOnly: mode === "validOnly" && counts.rejected > 0,
      rowCount: read.rowCount,
      createdCount: counts.create,
      updatedCount: counts.update,
      unchangedCount: counts.unchanged,
      rejectedCount: counts.rejected,
      createdById: ctx.scope.userId,
    },
    select: { id: true },
  });
  // One statement per chunk of arrays: a row-by-row ORM insert of 100,000 links costs minutes and gigabytes.
  for (let start = 0; start < links.length; start += LINK_CHUNK) {
    const chunk = links.slice(start, start + LINK_CHUNK);
    await ctx.db.$executeRaw`
      INSERT INTO "ImportBatchRow" ("districtId", "batchId", entity, "entityId", created, before, after)
      SELECT ${district.id}::uuid, ${batch.id}::uuid, l.entity, l.entity_id, l.created, l.before::jsonb, l.after::jsonb
        FROM unnest(${chunk.map((link) => link.entity)}::text[], ${chunk.map((link) => link.entityId)}::uuid[], ${chunk.map((link) => link.created)}::boolean[],
                    ${chunk.map((link) => (link.before ? JSON.stringify(link.before) : null))}::text[], ${chunk.map((link) => JSON.stringify(link.after))}::text[])
          AS l(entity, entity_id, created, before, after)`;
  }
  return { batchId: batch.id, counts };
}
