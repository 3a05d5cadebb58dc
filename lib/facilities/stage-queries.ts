import "server-only";
import type { FacilityType, IlpStage } from "@/lib/generated/prisma/client";
import { can } from "@/lib/auth/permissions";
import type { Ctx } from "@/lib/server/scoped-db";

export type ChecklistItem = {
  id: string;
  code: string;
  stage: IlpStage;
  facilityType: FacilityType;
  labelId: string;
  labelEn: string;
  /** Null: the district's own practice ("praktik daerah"), not a Kemenkes rule. */
  source: string | null;
  sortOrder: number;
  active: boolean;
  version: number;
};

/** The stage checklist (reference data), in stage and display order; inactive items only when asked (the admin page). */
export async function listChecklistItems(
  ctx: Ctx,
  options: { includeInactive?: boolean } = {},
): Promise<ChecklistItem[]> {
  const items = await ctx.db.stageChecklistItem.findMany({
    where: options.includeInactive ? {} : { active: true },
    orderBy: [{ facilityType: "asc" }, { stage: "asc" }, { sortOrder: "asc" }, { code: "asc" }],
    select: {
      id: true,
      code: true,
      stage: true,
      facilityType: true,
      labelId: true,
      labelEn: true,
      source: true,
      sortOrder: true,
      active: true,
      version: true,
    },
  });
  return items;
}

export type PendingProposal = {
  id: string;
  facility: { id: string; name: string; type: FacilityType };
  toStage: IlpStage;
  effectiveDate: Date;
  proposedBy: string | null;
  createdAt: Date;
};

/** The district's stage proposals waiting for a planner ("menunggu verifikasi"); empty for anyone who may not verify. */
export async function listPendingProposals(ctx: Ctx, districtId: string): Promise<PendingProposal[]> {
  if (!can(ctx.scope, "stage.verify", { districtId })) return [];
  // One statement with the facility and the proposer (Prisma's select would send three, even for none).
  const rows = await ctx.db.$queryRaw<
    (Omit<PendingProposal, "facility"> & { facilityId: string; facilityName: string; facilityType: FacilityType })[]
  >`
    SELECT c.id::text AS id, c."toStage"::text AS "toStage", c."effectiveDate", c."createdAt", u.name AS "proposedBy",
      f.id::text AS "facilityId", f.name AS "facilityName", f.type::text AS "facilityType"
    FROM "FacilityStageChange" c
    JOIN "Facility" f ON f.id = c."facilityId" AND f."districtId" = c."districtId"
    LEFT JOIN "User" u ON u.id = c."changedById"
    WHERE c."districtId" = ${districtId}::uuid AND c.status = 'PROPOSED'
    ORDER BY c."createdAt"
    LIMIT 100`;
  return rows.map(({ facilityId, facilityName, facilityType, ...row }) => ({
    id: row.id,
    facility: { id: facilityId, name: facilityName, type: facilityType },
    toStage: row.toStage,
    effectiveDate: row.effectiveDate,
    proposedBy: row.proposedBy,
    createdAt: row.createdAt,
  }));
}
