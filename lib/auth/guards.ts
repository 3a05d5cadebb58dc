import { z } from "zod";
import { ForbiddenError, NotFoundError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ImportKind } from "@/lib/generated/prisma/enums";
import { can, type Permission, type Target } from "./permissions";
import { canReadDistrict, canReadProvince, canReadPuskesmas } from "./scope";

/**
 * The record guards: the one place that decides whether the caller may read or
 * write a record named by an id from a URL or a form. Each guard checks the
 * id's shape, loads the record inside the caller's scope, and answers
 * NotFoundError when it cannot be read (missing, malformed and out of scope
 * alike, so ids cannot be probed) and ForbiddenError when `write` is given and
 * the permission table does not allow it on the record. Each returns the
 * record with its permission `target`, for `can(scope, permission, target)`.
 */

const ZId = z.uuid();
const ZDistrictCode = z.string().regex(/^\d{2}\.\d{2}$/);
const ZProvinceCode = z.string().regex(/^\d{2}$/);

export type Guarded<T> = T & { target: Target };

function check(ctx: Ctx, readable: boolean, target: Target, what: string, write?: Permission): void {
  if (!readable) throw new NotFoundError(what);
  if (write && !can(ctx.scope, write, target)) throw new ForbiddenError();
}

function validId(id: unknown, what: string): string {
  const parsed = ZId.safeParse(id);
  if (!parsed.success) throw new NotFoundError(what);
  return parsed.data;
}

export type GuardedDistrict = Guarded<{
  id: string;
  code: string;
  name: string;
  province: { id: string; code: string; name: string };
}>;

/** A kabupaten/kota by its Kemendagri code (`17.02`) or its id. */
export async function requireDistrict(
  ctx: Ctx,
  key: { code: string } | { id: string },
  write?: Permission,
): Promise<GuardedDistrict> {
  const where = "code" in key ? { code: ZDistrictCode.safeParse(key.code).data } : { id: ZId.safeParse(key.id).data };
  if (!where.code && !where.id) throw new NotFoundError("district");
  // One statement with its province (every district page starts here, some more than once).
  const [district] = await ctx.db.$queryRaw<
    { id: string; code: string; name: string; provinceId: string; provinceCode: string; provinceName: string }[]
  >`
    SELECT d.id::text AS id, d.code, d.name, p.id::text AS "provinceId", p.code AS "provinceCode", p.name AS "provinceName"
    FROM "Region" d JOIN "Region" p ON p.id = d."parentId"
    WHERE d.level = 'KABUPATEN' AND ${where.code ? Prisma.sql`d.code = ${where.code}` : Prisma.sql`d.id = ${where.id}::uuid`}
    LIMIT 1`;
  if (!district) throw new NotFoundError("district");
  const target = { districtId: district.id, provinceId: district.provinceId };
  check(ctx, canReadDistrict(ctx.scope, district.id), target, "district", write);
  const province = { id: district.provinceId, code: district.provinceCode, name: district.provinceName };
  return { id: district.id, code: district.code, name: district.name, province, target };
}

export type GuardedPuskesmas = Guarded<{
  id: string;
  code: string;
  name: string;
  districtId: string;
  staffBoardVersion: number;
  allowSecondCluster: boolean;
}>;

/** A puskesmas as a unit (its roster, board and imports; its stage is a facility's, see requireFacility). */
export async function requirePuskesmas(ctx: Ctx, id: string, write?: Permission): Promise<GuardedPuskesmas> {
  const puskesmas = await ctx.db.facility.findFirst({
    where: { id: validId(id, "puskesmas"), type: "PUSKESMAS" },
    select: { id: true, code: true, name: true, districtId: true, staffBoardVersion: true, allowSecondCluster: true },
  });
  if (!puskesmas) throw new NotFoundError("puskesmas");
  const target = { districtId: puskesmas.districtId, puskesmasId: puskesmas.id };
  check(ctx, canReadPuskesmas(ctx.scope, puskesmas), target, "puskesmas", write);
  return { ...puskesmas, target };
}

export type GuardedFacility = Guarded<{
  id: string;
  type: "PUSKESMAS" | "PUSTU" | "POSYANDU";
  districtId: string;
  parentId: string | null;
  closedAt: Date | null;
  puskesmasId: string | null;
}>;

/**
 * Any facility. Readable with its puskesmas (itself, or the puskesmas above its
 * pustu or posyandu). The write target names the puskesmas only for its network:
 * a head's grant covers their pustu and posyandu, never the puskesmas' own row.
 */
export async function requireFacility(
  ctx: Ctx,
  id: string,
  write?: Permission,
  options: { open?: boolean } = {},
): Promise<GuardedFacility> {
  const facility = await ctx.db.facility.findFirst({
    where: { id: validId(id, "facility"), ...(options.open ? { closedAt: null } : {}) },
    select: {
      id: true,
      type: true,
      districtId: true,
      parentId: true,
      closedAt: true,
      parent: { select: { id: true, type: true, parentId: true } },
    },
  });
  if (!facility) throw new NotFoundError("facility");
  const { parent, ...record } = facility;
  const puskesmasId =
    facility.type === "PUSKESMAS" ? facility.id : parent?.type === "PUSKESMAS" ? parent.id : (parent?.parentId ?? null);
  const target = { districtId: facility.districtId, puskesmasId: facility.type === "PUSKESMAS" ? null : puskesmasId };
  check(
    ctx,
    canReadPuskesmas(ctx.scope, { id: puskesmasId ?? "", districtId: facility.districtId }),
    target,
    "facility",
    write,
  );
  return { ...record, puskesmasId, target };
}

export type GuardedStaff = Guarded<{ id: string; districtId: string; puskesmasId: string }>;

/** A health worker, readable and writable with their puskesmas; `puskesmasId`, when given, must be theirs. */
export async function requireStaff(
  ctx: Ctx,
  id: string,
  write?: Permission,
  puskesmasId?: string,
): Promise<GuardedStaff> {
  const staff = await ctx.db.staff.findFirst({
    where: { id: validId(id, "staff") },
    select: { id: true, districtId: true, puskesmasId: true },
  });
  if (!staff || (puskesmasId !== undefined && staff.puskesmasId !== puskesmasId)) throw new NotFoundError("staff");
  const target = { districtId: staff.districtId, puskesmasId: staff.puskesmasId };
  check(
    ctx,
    canReadPuskesmas(ctx.scope, { id: staff.puskesmasId, districtId: staff.districtId }),
    target,
    "staff",
    write,
  );
  return { ...staff, target };
}

export type GuardedImportBatch = Guarded<{
  id: string;
  districtId: string;
  puskesmasId: string | null;
  kind: ImportKind;
  undoneAt: Date | null;
}>;

/** An import batch: a puskesmas' batch is read with that puskesmas, a district's with the district. */
export async function requireImportBatch(
  ctx: Ctx,
  id: string,
  write?: Permission | ((target: Target, kind: ImportKind) => boolean),
): Promise<GuardedImportBatch> {
  const batch = await ctx.db.importBatch.findFirst({
    where: { id: validId(id, "import batch") },
    select: { id: true, districtId: true, puskesmasId: true, kind: true, undoneAt: true },
  });
  if (!batch) throw new NotFoundError("import batch");
  const target = { districtId: batch.districtId, puskesmasId: batch.puskesmasId };
  const readable = batch.puskesmasId
    ? canReadPuskesmas(ctx.scope, { id: batch.puskesmasId, districtId: batch.districtId })
    : canReadDistrict(ctx.scope, batch.districtId);
  if (typeof write === "function") {
    check(ctx, readable, target, "import batch");
    if (!write(target, batch.kind)) throw new ForbiddenError();
  } else {
    check(ctx, readable, target, "import batch", write);
  }
  return { ...batch, target };
}

export type GuardedProvince = Guarded<{ id: string; code: string; name: string }>;

/** A province by its code (`17`), for its comparison: its officials and national readers. */
export async function requireProvince(ctx: Ctx, code: string): Promise<GuardedProvince> {
  const valid = ZProvinceCode.safeParse(code);
  const province = valid.success
    ? await ctx.db.region.findFirst({
        where: { code: valid.data, level: "PROVINSI" },
        select: { id: true, code: true, name: true },
      })
    : null;
  if (!province || !canReadProvince(ctx.scope, province.id)) throw new NotFoundError("province");
  return { ...province, target: { provinceId: province.id } };
}

/** The national views: national readers only. */
export function requireNational(ctx: Pick<Ctx, "scope">): void {
  if (!ctx.scope.national) throw new NotFoundError("national");
}

/** A set of districts named by place (every district, a province's, or one), for the indicator queries. */
export function requireDistrictSelection(
  ctx: Pick<Ctx, "scope">,
  selection: "ALL" | { provinceId: string } | { districtId: string },
): void {
  const readable =
    selection === "ALL"
      ? ctx.scope.national
      : "provinceId" in selection
        ? canReadProvince(ctx.scope, selection.provinceId)
        : canReadDistrict(ctx.scope, selection.districtId);
  if (!readable) throw new NotFoundError("region");
}

/** A stage change's evidence file: readable with the facility whose stage change it documents. */
export async function requireEvidence(
  ctx: Ctx,
  id: string,
): Promise<Guarded<{ id: string; facility: GuardedFacility }>> {
  const file = await ctx.db.evidenceFile.findFirst({
    where: { id: validId(id, "evidence") },
    select: { id: true, stageChange: { select: { facilityId: true } } },
  });
  if (!file) throw new NotFoundError("evidence");
  const facility = await requireFacility(ctx, file.stageChange.facilityId);
  return { id: file.id, facility, target: facility.target };
}
