import type { z } from "zod";
import { conflictFromAudit } from "@/lib/audit/conflict";
import { requireDistrict, requireFacility } from "@/lib/auth/guards";
import { ValidationError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import type { ZCloseFacility, ZCreateFacilityInDistrict, ZUpdateFacility } from "./schemas";
import { facilitySearchText } from "./search-text";
import { createFacility } from "./service";

export async function createFacilityInDistrict(
  ctx: Ctx,
  input: z.output<typeof ZCreateFacilityInDistrict>,
): Promise<{ id: string }> {
  const district = await requireDistrict(ctx, { code: input.districtCode }, "facility.write");
  // createFacility parses with ZCreateFacility, which drops districtCode: the district is the one checked here.
  return createFacility(ctx.db, district.id, input);
}

/** A facility the user may edit: unseen is "not found"; seen but not theirs to edit (a head's posyandu) is "forbidden". */
const editableFacility = (ctx: Ctx, id: string) => requireFacility(ctx, id, "facility.write");

/** Edits a facility's details; a save based on an outdated version is refused with what changed. */
export async function updateFacility(ctx: Ctx, input: z.output<typeof ZUpdateFacility>): Promise<{ version: number }> {
  const facility = await editableFacility(ctx, input.id);
  let desaId: string | null | undefined;
  if (input.desaCode !== undefined) {
    const desa = input.desaCode
      ? await ctx.db.region.findFirst({
          where: { code: input.desaCode, level: "DESA" },
          select: { id: true, districtId: true },
        })
      : null;
    if (input.desaCode && (!desa || desa.districtId !== facility.districtId))
      throw new ValidationError("errors.desaOutsideDistrict", "desaCode");
    if (!desa && facility.type !== "PUSKESMAS") throw new ValidationError("errors.desaRequired", "desaCode");
    desaId = desa?.id ?? null;
  }
  const updated = await ctx.db.facility.updateMany({
    where: { id: facility.id, districtId: facility.districtId, version: input.version },
    data: {
      name: input.name,
      aliases: input.aliases,
      searchText: facilitySearchText(input.name, input.aliases),
      ...(desaId !== undefined ? { desaId } : {}),
      ...(input.hasInpatient !== undefined && facility.type === "PUSKESMAS"
        ? { hasInpatient: input.hasInpatient }
        : {}),
      ...(input.openedOn !== undefined ? { openedOn: input.openedOn } : {}),
      ...(input.accompaniedSince !== undefined && facility.type === "PUSTU"
        ? { accompaniedSince: input.accompaniedSince }
        : {}),
      ...(input.placementVerified !== undefined ? { placementVerified: input.placementVerified } : {}),
      version: { increment: 1 },
    },
  });
  if (updated.count === 0) throw await conflictFromAudit(ctx.db, "Facility", facility.id);
  return { version: input.version + 1 };
}

/** Closes a facility from a date (it stays in the history and in as-of views before that date). */
export async function closeFacility(ctx: Ctx, input: z.output<typeof ZCloseFacility>): Promise<void> {
  const facility = await editableFacility(ctx, input.id);
  if (facility.closedAt) throw new ValidationError("errors.alreadyClosed", "closedOn");
  const open = await ctx.db.facility.count({ where: { parentId: facility.id, closedAt: null } });
  if (open > 0) throw new ValidationError("errors.closeChildrenFirst", "closedOn", { count: open });
  const updated = await ctx.db.facility.updateMany({
    where: { id: facility.id, districtId: facility.districtId, version: input.version },
    data: { closedAt: input.closedOn, version: { increment: 1 } },
  });
  if (updated.count === 0) throw await conflictFromAudit(ctx.db, "Facility", facility.id);
}
