import type { FacilityType, Prisma, TargetKind } from "@/lib/generated/prisma/client";

/**
 * How each target kind is counted, defined once: the district dashboard, the
 * province comparison and exports all use this. `asOf` makes it historical.
 */
export async function countTargetAchieved(
  client: Prisma.TransactionClient,
  districtId: string,
  kind: TargetKind,
  asOf: Date,
): Promise<number> {
  switch (kind) {
    case "PUSKESMAS_MENERAPKAN":
      return countImplementing(client, districtId, "PUSKESMAS", asOf);
    case "PUSTU_MENERAPKAN":
      return countImplementing(client, districtId, "PUSTU", asOf);
    case "POSYANDU_MENERAPKAN":
      return countImplementing(client, districtId, "POSYANDU", asOf);
    case "DESA_PUSTU_DIDAMPINGI":
      return countDistinctDesa(client, { districtId, type: "PUSTU", accompaniedSince: { lte: asOf } }, asOf);
    case "DESA_DENGAN_PUSTU":
      return countDistinctDesa(client, { districtId, type: "PUSTU" }, asOf);
  }
}

const openOn = (asOf: Date): Prisma.FacilityWhereInput => ({ OR: [{ closedAt: null }, { closedAt: { gt: asOf } }] });

/** Facilities whose latest stage change on or before `asOf` is MENERAPKAN. */
async function countImplementing(client: Prisma.TransactionClient, districtId: string, type: FacilityType, asOf: Date): Promise<number> {
  const rows = await client.$queryRaw<{ count: bigint }[]>`
    SELECT count(*)::bigint AS count FROM (
      SELECT DISTINCT ON (c."facilityId") c."toStage"
      FROM "FacilityStageChange" c
      JOIN "Facility" f ON f.id = c."facilityId" AND f."districtId" = c."districtId"
      WHERE c."districtId" = ${districtId}::uuid AND f.type = ${type}::"FacilityType"
        AND c."effectiveDate" <= ${asOf}::date
        AND (f."closedAt" IS NULL OR f."closedAt" > ${asOf}::date)
      ORDER BY c."facilityId", c."effectiveDate" DESC, c."createdAt" DESC
    ) latest WHERE latest."toStage" = 'MENERAPKAN'`;
  return Number(rows[0]?.count ?? 0);
}

async function countDistinctDesa(client: Prisma.TransactionClient, where: Prisma.FacilityWhereInput, asOf: Date): Promise<number> {
  const rows = await client.facility.findMany({
    where: { AND: [where, openOn(asOf), { desaId: { not: null } }, { createdAt: { lte: endOfDay(asOf) } }] },
    distinct: ["desaId"],
    select: { desaId: true },
  });
  return rows.length;
}

function endOfDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), 23, 59, 59, 999));
}
