import type { z } from "zod";
import { conflictFromAudit } from "@/lib/audit/conflict";
import { ValidationError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import { isUniqueViolation } from "@/lib/server/validation";
import { requirePuskesmas, requireStaff } from "@/lib/auth/guards";
import { toIsoDate } from "@/lib/dates";
import { pustuOf } from "./access";
import { assertAssignmentDate } from "./board-service";
import { auditForeignNipLookup, nipsHeldOutside } from "./nip-lookup";
import type { ZCreateStaff, ZSetStaffActive, ZUpdateStaff } from "./schemas";

type StaffFields = z.output<typeof ZCreateStaff>["staff"];

/** A pustu named in the form must be one of this puskesmas' own. */
async function checkedFields(ctx: Ctx, puskesmas: { id: string; districtId: string }, fields: StaffFields) {
  const atPuskesmas = fields.posting === "PUSKESMAS";
  if (!atPuskesmas) {
    const pustu = await pustuOf(ctx, puskesmas);
    if (!pustu.some((unit) => unit.id === fields.pustuId))
      throw new ValidationError("staffing.errors.pustuNotOurs", "pustuId");
  }
  return {
    name: fields.name,
    nip: fields.nip || null,
    profession: fields.profession,
    employmentStatus: fields.employmentStatus,
    posting: fields.posting,
    pustuId: atPuskesmas ? null : fields.pustuId!,
    pustuSchedule: fields.posting === "PUSTU_TERJADWAL" ? (fields.pustuSchedule ?? null) : null,
  };
}

/**
 * Refuses a NIP another worker holds, with one message whether they are of this
 * puskesmas, another one, another district or nowhere the user can see; one held
 * outside the user's puskesmas is audited first (a probe for who is where).
 */
async function withNipCheck<T>(
  ctx: Ctx,
  puskesmas: { id: string; districtId: string },
  nip: string | null,
  exceptStaffId: string | null,
  work: () => Promise<T>,
): Promise<T> {
  if (nip) {
    const outside = await nipsHeldOutside(ctx, puskesmas.districtId, [nip], puskesmas.id, exceptStaffId ?? undefined);
    if (outside.size > 0) {
      await auditForeignNipLookup(ctx.scope, puskesmas.districtId, outside, "form");
      throw new ValidationError("staffing.errors.nipTaken", "nip");
    }
  }
  try {
    return await work();
  } catch (error) {
    if (isUniqueViolation(error)) throw new ValidationError("staffing.errors.nipTaken", "nip");
    throw error;
  }
}

export async function createStaff(ctx: Ctx, input: z.output<typeof ZCreateStaff>): Promise<{ id: string }> {
  const puskesmas = await requirePuskesmas(ctx, input.puskesmasId, "staff.write");
  const data = await checkedFields(ctx, puskesmas, input.staff);
  return withNipCheck(ctx, puskesmas, data.nip, null, () =>
    ctx.db.staff.create({
      data: { ...data, districtId: puskesmas.districtId, puskesmasId: puskesmas.id },
      select: { id: true },
    }),
  );
}

/** A staff member of a puskesmas the user heads: anyone else's staff is "not found" or "forbidden" like their puskesmas. */
async function editableStaff(ctx: Ctx, id: string) {
  const { puskesmasId } = await requireStaff(ctx, id, "staff.write");
  const staff = await ctx.db.staff.findFirstOrThrow({
    where: { id },
    select: { id: true, puskesmasId: true, active: true },
  });
  const puskesmas = await requirePuskesmas(ctx, puskesmasId, "staff.write");
  return { staff, puskesmas };
}

export async function updateStaff(ctx: Ctx, input: z.output<typeof ZUpdateStaff>): Promise<{ version: number }> {
  const { staff, puskesmas } = await editableStaff(ctx, input.id);
  const data = await checkedFields(ctx, puskesmas, input.staff);
  const updated = await withNipCheck(ctx, puskesmas, data.nip, staff.id, () =>
    ctx.db.staff.updateMany({
      where: { id: staff.id, districtId: puskesmas.districtId, version: input.version },
      data: { ...data, version: { increment: 1 } },
    }),
  );
  if (updated.count === 0) throw await conflictFromAudit(ctx.db, "Staff", staff.id);
  return { version: input.version + 1 };
}

/**
 * Deactivates (or reactivates) a staff member. Deactivation ends their cluster
 * assignments on `effectiveDate`, so the board's history shows when they left.
 */
export async function setStaffActive(ctx: Ctx, input: z.output<typeof ZSetStaffActive>): Promise<{ version: number }> {
  const { staff, puskesmas } = await editableStaff(ctx, input.id);
  await assertAssignmentDate(ctx, puskesmas, input.effectiveDate);
  const updated = await ctx.db.staff.updateMany({
    where: { id: staff.id, districtId: puskesmas.districtId, version: input.version },
    data: { active: input.active, version: { increment: 1 } },
  });
  if (updated.count === 0) throw await conflictFromAudit(ctx.db, "Staff", staff.id);
  if (!input.active) {
    const open = await ctx.db.clusterAssignment.findMany({
      where: { districtId: puskesmas.districtId, staffId: staff.id, effectiveTo: null },
      select: { id: true, effectiveFrom: true },
    });
    const latest = open.reduce(
      (max, assignment) => (assignment.effectiveFrom > max ? assignment.effectiveFrom : max),
      new Date(0),
    );
    if (latest > input.effectiveDate)
      throw new ValidationError("staffing.errors.effectiveBeforeLast", "effectiveDate", { date: toIsoDate(latest) });
    const startedLater = open
      .filter((assignment) => assignment.effectiveFrom >= input.effectiveDate)
      .map((assignment) => assignment.id);
    await ctx.db.clusterAssignment.deleteMany({ where: { id: { in: startedLater } } });
    await ctx.db.clusterAssignment.updateMany({
      where: { id: { in: open.map((assignment) => assignment.id).filter((id) => !startedLater.includes(id)) } },
      data: { effectiveTo: input.effectiveDate },
    });
  }
  return { version: input.version + 1 };
}
