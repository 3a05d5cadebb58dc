import "server-only";
import type { z } from "zod";
import { requireDistrict, requirePuskesmas } from "@/lib/auth/guards";
import { ConflictError, ValidationError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import { isUniqueViolation } from "@/lib/server/validation";
import type { ZDistrictOffice, ZPuskesmasHead } from "./schemas";

// Who signs: the district's Kepala Dinas (recorded as text, since a Kepala Dinas is
// not on any puskesmas roster) and each puskesmas' head (one of its own staff).
// Both are audited by the tables' audit trigger.

/** Records the district's office, signing place and Kepala Dinas; refused when someone saved in between. */
export async function setDistrictOffice(
  ctx: Ctx,
  input: z.output<typeof ZDistrictOffice>,
): Promise<{ version: number }> {
  const district = await requireDistrict(ctx, { code: input.districtCode }, "office.write");
  const data = {
    officeName: input.officeName,
    place: input.place,
    headName: input.headName,
    headNip: input.headNip,
    headTitle: input.headTitle,
  };
  if (input.version === 0) {
    try {
      await ctx.db.districtOffice.create({ data: { districtId: district.id, ...data } });
    } catch (error) {
      if (isUniqueViolation(error)) throw new ConflictError();
      throw error;
    }
    return { version: 1 };
  }
  const updated = await ctx.db.districtOffice.updateMany({
    where: { districtId: district.id, version: input.version },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new ConflictError();
  return { version: input.version + 1 };
}

/**
 * Chooses the puskesmas' head among its own active staff, or clears the choice.
 * A planner of its district or its own head may; a staff member of another
 * puskesmas (or an unknown id) is refused without saying whose they are.
 */
export async function setPuskesmasHead(
  ctx: Ctx,
  input: z.output<typeof ZPuskesmasHead>,
): Promise<{ headStaffId: string | null }> {
  const puskesmas = await requirePuskesmas(ctx, input.puskesmasId, "puskesmas.head.write");
  if (input.headStaffId) {
    const staff = await ctx.db.staff.findFirst({
      where: { id: input.headStaffId, puskesmasId: puskesmas.id, districtId: puskesmas.districtId, active: true },
      select: { id: true },
    });
    if (!staff) throw new ValidationError("signers.errors.headNotStaff", "headStaffId");
  }
  // The head the form showed must still be the head: a change in between is refused, never overwritten.
  const where = { puskesmasId: puskesmas.id, districtId: puskesmas.districtId };
  const current = await ctx.db.puskesmasHead.findFirst({ where, select: { id: true, staffId: true } });
  if ((current?.staffId ?? null) !== input.previousHeadStaffId) throw new ConflictError();
  if (current && current.staffId === input.headStaffId) return { headStaffId: input.headStaffId };
  const changed = !current
    ? await create(ctx, { ...where, staffId: input.headStaffId })
    : input.headStaffId
      ? await ctx.db.puskesmasHead.updateMany({
          where: { id: current.id, staffId: current.staffId },
          data: { staffId: input.headStaffId },
        })
      : await ctx.db.puskesmasHead.deleteMany({ where: { id: current.id, staffId: current.staffId } });
  if (changed.count !== 1) throw new ConflictError();
  return { headStaffId: input.headStaffId };
}

async function create(
  ctx: Ctx,
  data: { puskesmasId: string; districtId: string; staffId: string | null },
): Promise<{ count: number }> {
  if (!data.staffId) return { count: 1 }; // No head before, none now: nothing to write.
  try {
    await ctx.db.puskesmasHead.create({ data: { ...data, staffId: data.staffId } });
    return { count: 1 };
  } catch (error) {
    if (isUniqueViolation(error)) return { count: 0 };
    throw error;
  }
}
