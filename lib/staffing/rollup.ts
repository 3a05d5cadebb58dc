import "server-only";
import { requireDistrict } from "@/lib/auth/guards";
import type { Ctx } from "@/lib/server/scoped-db";
import { queryTogether } from "@/lib/db/together";
import { toIsoDate } from "@/lib/dates";
import { Prisma } from "@/lib/generated/prisma/client";
import type { ClusterRole, Posting, Profession } from "@/lib/generated/prisma/enums";
import { inForceSql } from "@/lib/rules/assignment-in-force";
import { checkCoordinators, pustuStaffing, type RulePerson } from "./rules";

export type StaffingRollupRow = {
  id: string;
  name: string;
  staff: number;
  assigned: number;
  /** Whole percent of active staff with an own cluster; null without staff. */
  assignedPercent: number | null;
  clustersWithoutCoordinator: number[];
  pustuBelowMinimum: { id: string; name: string; staff: number; missing: string[] }[];
};
export type StaffingRollup = {
  rows: StaffingRollupRow[];
  totals: {
    puskesmas: number;
    withRoster: number;
    staff: number;
    assigned: number;
    clustersWithoutCoordinator: number;
    pustuBelowMinimum: number;
  };
};

/**
 * The district roll-up for the Dinkes planner, as of `asOf`: for each open
 * puskesmas, the share of its active staff assigned to a cluster, the clusters
 * without a coordinator and the pustu below ILP's minimum staffing. Staff
 * records and postings are today's (they have no history); assignments are those in force on `asOf`.
 */
export async function getStaffingRollup(ctx: Ctx, districtId: string, asOf: Date): Promise<StaffingRollup> {
  await requireDistrict(ctx, { id: districtId });
  const day = toIsoDate(asOf);
  // The four reads in one statement (the district dashboard shows this roll-up too).
  const { puskesmas, pustu, staff, assignments } = await queryTogether<{
    puskesmas: { id: string; name: string }[];
    pustu: { id: string; name: string; parentId: string | null }[];
    staff: { id: string; puskesmasId: string; profession: Profession; posting: Posting; pustuId: string | null }[];
    assignments: { staffId: string; clusterId: number; role: ClusterRole; supporting: boolean }[];
  }>(ctx, {
    puskesmas: Prisma.sql`
      SELECT f.id::text AS id, f.name FROM "Facility" f
      WHERE f."districtId" = ${districtId}::uuid AND f."closedAt" IS NULL AND f.type = 'PUSKESMAS' ORDER BY f.name`,
    pustu: Prisma.sql`
      SELECT f.id::text AS id, f.name, f."parentId"::text AS "parentId" FROM "Facility" f
      WHERE f."districtId" = ${districtId}::uuid AND f."closedAt" IS NULL AND f.type = 'PUSTU' ORDER BY f.name`,
    staff: Prisma.sql`
      SELECT s.id::text AS id, s."puskesmasId"::text AS "puskesmasId", s.profession::text AS profession,
        s.posting::text AS posting, s."pustuId"::text AS "pustuId"
      FROM "Staff" s WHERE s."districtId" = ${districtId}::uuid AND s.active`,
    assignments: Prisma.sql`
      SELECT a."staffId"::text AS "staffId", a."clusterId", a.role::text AS role, a.supporting
      FROM "ClusterAssignment" a
      WHERE a."districtId" = ${districtId}::uuid AND ${inForceSql("a", day)}
        AND EXISTS (SELECT 1 FROM "Staff" s WHERE s.id = a."staffId" AND s."districtId" = a."districtId" AND s.active)`,
  });

  const staffOf = new Map<string, (RulePerson & { puskesmasId: string })[]>();
  for (const person of staff) staffOf.set(person.puskesmasId, [...(staffOf.get(person.puskesmasId) ?? []), person]);
  const puskesmasOfStaff = new Map(staff.map((person) => [person.id, person.puskesmasId]));
  const assignmentsOf = new Map<string, typeof assignments>();
  for (const row of assignments) {
    const owner = puskesmasOfStaff.get(row.staffId);
    if (owner) assignmentsOf.set(owner, [...(assignmentsOf.get(owner) ?? []), row]);
  }

  const rows = puskesmas.map((unit): StaffingRollupRow => {
    const people = staffOf.get(unit.id) ?? [];
    const placements = assignmentsOf.get(unit.id) ?? [];
    const assigned = new Set(placements.filter((row) => !row.supporting).map((row) => row.staffId)).size;
    // A roster never entered says nothing about coordinators or pustu staffing ("belum ada data", not 5 findings).
    const coordinators =
      people.length === 0
        ? { issues: [] }
        : checkCoordinators({ staff: people, placements, pustu: [], allowSecondCluster: true });
    const pustuBelowMinimum = pustu
      .filter((candidate) => candidate.parentId === unit.id && people.length > 0)
      .map((candidate) => ({ id: candidate.id, name: candidate.name, ...pustuStaffing(people, candidate.id) }))
      .filter((candidate) => !candidate.ok)
      .map(({ id, name, count, missing }) => ({ id, name, staff: count, missing }));
    return {
      id: unit.id,
      name: unit.name,
      staff: people.length,
      assigned,
      assignedPercent: people.length ? Math.round((assigned / people.length) * 100) : null,
      clustersWithoutCoordinator: coordinators.issues
        .filter((issue) => issue.key === "noCoordinator")
        .map((issue) => issue.clusterId!),
      pustuBelowMinimum,
    };
  });
  return {
    rows,
    totals: {
      puskesmas: rows.length,
      withRoster: rows.filter((row) => row.staff > 0).length,
      staff: rows.reduce((sum, row) => sum + row.staff, 0),
      assigned: rows.reduce((sum, row) => sum + row.assigned, 0),
      clustersWithoutCoordinator: rows.reduce((sum, row) => sum + row.clustersWithoutCoordinator.length, 0),
      pustuBelowMinimum: rows.reduce((sum, row) => sum + row.pustuBelowMinimum.length, 0),
    },
  };
}
