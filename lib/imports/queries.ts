import "server-only";
import type { Ctx } from "@/lib/server/scoped-db";
import { ofTarget } from "./pipeline";
import type { ImportDistrict } from "./types";

/** Import batches per page of the history. */
export const BATCH_PAGE_SIZE = 20;

/**
 * One page of the target's import batches, newest first, with who imported and who
 * undid each: a puskesmas' own (its head's roster imports), or a whole district's,
 * its heads' included (each names its puskesmas). A page past the last gives the last.
 */
export async function listImportBatches(ctx: Ctx, district: ImportDistrict, requestedPage = 1) {
  const total = await ctx.db.importBatch.count({ where: ofTarget(district) });
  const pageCount = Math.max(1, Math.ceil(total / BATCH_PAGE_SIZE));
  const page = Math.min(Math.max(1, requestedPage), pageCount);
  const batches = await ctx.db.importBatch.findMany({
    where: ofTarget(district),
    orderBy: [{ createdAt: "desc" }, { id: "asc" }],
    skip: (page - 1) * BATCH_PAGE_SIZE,
    take: BATCH_PAGE_SIZE,
    select: {
      id: true,
      kind: true,
      fileName: true,
      sha256: true,
      validOnly: true,
      rowCount: true,
      createdCount: true,
      updatedCount: true,
      unchangedCount: true,
      rejectedCount: true,
      createdById: true,
      createdAt: true,
      undoneAt: true,
      puskesmas: { select: { id: true, name: true } },
    },
  });
  const userIds = [...new Set(batches.map((batch) => batch.createdById).filter((id): id is string => id !== null))];
  const users = new Map(
    (await ctx.db.user.findMany({ where: { id: { in: userIds } }, select: { id: true, name: true } })).map((user) => [
      user.id,
      user.name,
    ]),
  );
  const rows = batches.map((batch) => ({
    ...batch,
    createdBy: batch.createdById ? (users.get(batch.createdById) ?? null) : null,
  }));
  return { rows, page, pageCount, total };
}

export type DesaListFilters = { kecamatan?: string; page: number };
const PAGE_SIZE = 50;

/** The district's desa and kelurahan, optionally of one kecamatan, with counts by kind and the kecamatan to filter by. */
export async function listDistrictDesa(ctx: Ctx, district: ImportDistrict, filters: DesaListFilters) {
  const where = {
    districtId: district.id,
    level: "DESA" as const,
    ...(filters.kecamatan ? { parent: { code: filters.kecamatan } } : {}),
  };
  const [byKind, total, kecamatan] = await Promise.all([
    ctx.db.region.groupBy({ by: ["kind"], where, _count: { _all: true } }),
    ctx.db.region.count({ where }),
    ctx.db.region.findMany({
      where: { districtId: district.id, level: "KECAMATAN" },
      orderBy: { code: "asc" },
      select: { code: true, name: true },
    }),
  ]);
  const pageCount = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(Math.max(1, filters.page), pageCount);
  const rows = await ctx.db.region.findMany({
    where,
    orderBy: { code: "asc" },
    skip: (page - 1) * PAGE_SIZE,
    take: PAGE_SIZE,
    select: { code: true, name: true, kind: true, parent: { select: { name: true } } },
  });
  const count = (kind: string) => byKind.find((group) => group.kind === kind)?._count._all ?? 0;
  return {
    rows: rows.map((row) => ({ code: row.code, name: row.name, kind: row.kind, kecamatan: row.parent?.name ?? "" })),
    counts: { desa: count("DESA"), kelurahan: count("KELURAHAN"), desaAdat: count("DESA_ADAT"), total },
    kecamatan,
    page,
    pageCount,
  };
}
