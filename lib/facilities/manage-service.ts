import type { z } from "zod";
import { conflictFromAudit } from "@/lib/audit/conflict";
import { can, canRead } from "@/lib/auth/permissions";
import { canReadDistrict } from "@/lib/auth/scope";
import { ForbiddenError, NotFoundError, ValidationError } from "@/lib/server/errors";
import type { Ctx } from "@/lib/server/scoped-db";
import type { ZCloseFacility, ZCreateFacilityInDistrict, ZUpdateFacility } from "./schemas";
import { facilitySearchText } from "./search-text";
import { createFacility } from "./service";
import { owningPuskesmasId } from "./stage-service";

/** The district named by code, if the user may plan for it: unreadable is "not found", read-only is "forbidden". */
async function plannableDistrict(ctx: Ctx, districtId: string): Promise<void> {
  if (!canReadDistrict(ctx.scope, districtId)) throw new NotFoundError("district");
  if (!can(ctx.scope, "facility.write", { districtId })) throw new ForbiddenError();
}

export async function createFacilityInDistrict(ctx: Ctx, input: z.output<typeof ZCreateFacilityInDistrict>): Promise<{ id: string }> {
  const district = await ctx.db.region.findFirst({ where: { code: input.districtCode, level: "KABUPATEN" }, select: { id: true } });
  if (!district) throw new NotFoundError("district");
  await plannableDistrict(ctx, district.id);
  // createFacility parses with ZCreateFacility, which drops districtCode: the district is the one checked here.
  return createFacility(ctx.db, district.id, input);
}

/** A facility the user may edit: unseen is "not found"; seen but not theirs to edit (a head's posyandu) is "forbidden". */
async function editableFacility(ctx: Ctx, id: string) {
  const facility = await ctx.db.facility.findFirst({ where: { id }, select: { id: true, districtId: true, type: true, parentId: true, closedAt: true } });
  if (!facility) throw new NotFoundError("facility");
  const puskesmasId = await owningPuskesmasId(ctx, facility);
  if (!canRead(ctx.scope, { districtId: facility.districtId, puskesmasId: puskesmasId ?? undefined })) throw new NotFoundError("facility");
  if (!can(ctx.scope, "facility.write", { districtId: facility.districtId })) throw new ForbiddenError();
  return facility;
}

/** Edits a facility's details; a save based on an outdated version is refused with what changed. */
export async function updateFacility(ctx: Ctx, input: z.output<typeof ZUpdateFacility>): Promise<{ version: number }> {
  const facility = await editableFacility(ctx, input.id);
  let desaId: string | null | undefined;
  if (input.desaCode !== undefined) {
    const desa = input.desaCode ? await ctx.db.region.findFirst({ where: { code: input.desaCode, level: "DESA" }, select: { id: true, districtId: true } }) : null;
    if (input.desaCode && (!desa || desa.districtId !== facility.districtId)) throw new ValidationError("errors.desaOutsideDistrict", "desaCode");
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
      ...(input.hasInpatient !== undefined && facility.type === "PUSKESMAS" ? { hasInpatient: input.hasInpatient } : {}),
      ...(input.openedOn !== undefined ? { openedOn: input.openedOn } : {}),
      ...(input.accompaniedSince !== undefined && facility.type === "PUSTU" ? { accompaniedSince: input.accompaniedSince } : {}),
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
