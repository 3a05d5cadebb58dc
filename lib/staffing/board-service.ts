import type { z } from "zod";
import { formatIndonesianDateTime, timeZoneOfRegion, todayIn, toIsoDate } from "@/lib/dates";
import { recordDateProblem } from "@/lib/dates/rules";
import { ConflictError, NotFoundError, ValidationError } from "@/lib/server/errors";
import type { Ctx, Db } from "@/lib/server/scoped-db";
import { requirePuskesmas } from "@/lib/auth/guards";
import type { ZBoardSettings, ZSaveBoard } from "./schemas";

type Placement = {
  clusterId: number;
  clusterUnitId: number | null;
  role: "PENANGGUNG_JAWAB" | "ANGGOTA";
  supporting: boolean;
};
const keyOf = (placement: Placement) =>
  `${placement.clusterId}|${placement.clusterUnitId ?? ""}|${placement.role}|${placement.supporting}`;
/**
 * The board shows what is in force today, so a change may not start later than
 * the district's today, nor before the date floor or the puskesmas' opening.
 */
export async function assertAssignmentDate(
  ctx: Ctx,
  puskesmas: { id: string; districtId: string },
  date: Date,
): Promise<void> {
  const place = await ctx.db.facility.findFirstOrThrow({
    where: { id: puskesmas.id, districtId: puskesmas.districtId },
    select: { openedOn: true },
  });
  const district = await ctx.db.region.findUniqueOrThrow({
    where: { id: puskesmas.districtId },
    select: { code: true },
  });
  const problem = recordDateProblem(date, {
    today: todayIn(timeZoneOfRegion(district.code)),
    openedOn: [place.openedOn],
  });
  if (problem) throw new ValidationError(problem.messageKey, "effectiveDate", problem.values);
}

/**
 * Raises the puskesmas' board version if it is still the one the editor loaded;
 * otherwise tells who saved the board last, when, and whose places they changed.
 */
async function claimBoard(
  ctx: Ctx,
  puskesmas: { id: string; districtId: string },
  loadedVersion: number,
): Promise<number> {
  const claimed = await ctx.db.facility.updateMany({
    where: { id: puskesmas.id, districtId: puskesmas.districtId, staffBoardVersion: loadedVersion },
    data: { staffBoardVersion: { increment: 1 } },
  });
  if (claimed.count === 0) throw await boardConflict(ctx.db, puskesmas.id);
  return loadedVersion + 1;
}

async function districtCodeOf(db: Db, districtId: string | null): Promise<string | null> {
  return districtId
    ? ((await db.region.findUnique({ where: { id: districtId }, select: { code: true } }))?.code ?? null)
    : null;
}

async function boardConflict(db: Db, puskesmasId: string): Promise<ConflictError> {
  const latest = await db.auditLog.findFirst({
    where: { entity: "Facility", entityId: puskesmasId, action: "update" },
    orderBy: { id: "desc" },
  });
  if (!latest) return new ConflictError("staffing.errors.boardConflictUnknown");
  const actor = latest.actorId
    ? await db.user.findUnique({ where: { id: latest.actorId }, select: { name: true } })
    : null;
  // The other save's assignment rows were written in the same transaction, so they share its timestamp.
  const rows = await db.auditLog.findMany({
    where: { entity: "ClusterAssignment", at: latest.at, actorId: latest.actorId },
    select: { before: true, after: true },
  });
  const staffIds = [
    ...new Set(
      rows
        .map((row) => ((row.after ?? row.before) as { staffId?: string } | null)?.staffId)
        .filter((id): id is string => !!id),
    ),
  ];
  const people = await db.staff.findMany({
    where: { id: { in: staffIds } },
    select: { name: true },
    orderBy: { name: "asc" },
  });
  return new ConflictError("staffing.errors.boardConflict", {
    by: actor?.name ?? "-",
    at: formatIndonesianDateTime(latest.at, timeZoneOfRegion(await districtCodeOf(db, latest.districtId))),
    people: people.map((person) => person.name).join(", ") || "-",
  });
}

/**
 * Saves the whole board at once, in the caller's transaction: every person
 * whose place differs gets their old assignment ended and the new one begun on
 * the effective date; everyone else is left alone. Either all of it is saved
 * or none of it, and a board changed since it was loaded is refused.
 */
export async function saveBoard(
  ctx: Ctx,
  input: z.output<typeof ZSaveBoard>,
): Promise<{ boardVersion: number; changedStaff: number }> {
  const puskesmas = await requirePuskesmas(ctx, input.puskesmasId, "staff.write");
  await assertAssignmentDate(ctx, puskesmas, input.effectiveDate);
  const staff = await ctx.db.staff.findMany({
    where: { districtId: puskesmas.districtId, puskesmasId: puskesmas.id, active: true },
    select: { id: true },
  });
  const ours = new Set(staff.map((person) => person.id));
  const seen = new Set<string>();
  for (const entry of input.entries) {
    // Staff of another puskesmas, or inactive staff, are not this board's to place.
    if (!ours.has(entry.staffId)) throw new NotFoundError("staff");
    if (seen.has(entry.staffId)) throw new ValidationError("staffing.errors.duplicateEntry", "entries");
    seen.add(entry.staffId);
  }
  await checkEntries(ctx, puskesmas.allowSecondCluster, input.entries);

  const desired = new Map<string, Placement[]>();
  for (const entry of input.entries) {
    const places: Placement[] = [
      { clusterId: entry.clusterId, clusterUnitId: entry.unitId, role: entry.role, supporting: false },
    ];
    if (entry.supportClusterId)
      places.push({ clusterId: entry.supportClusterId, clusterUnitId: null, role: "ANGGOTA", supporting: true });
    desired.set(entry.staffId, places);
  }
  const open = await ctx.db.clusterAssignment.findMany({
    where: { districtId: puskesmas.districtId, staffId: { in: [...ours] }, effectiveTo: null },
    select: {
      id: true,
      staffId: true,
      clusterId: true,
      clusterUnitId: true,
      role: true,
      supporting: true,
      effectiveFrom: true,
    },
  });

  const toEnd: string[] = [];
  const toDelete: string[] = [];
  const toCreate: (Placement & { staffId: string })[] = [];
  const changed = new Set<string>();
  for (const staffId of ours) {
    const current = open.filter((assignment) => assignment.staffId === staffId);
    const wanted = desired.get(staffId) ?? [];
    const currentKeys = new Set(current.map(keyOf));
    const wantedKeys = new Set(wanted.map(keyOf));
    for (const assignment of current.filter((row) => !wantedKeys.has(keyOf(row)))) {
      if (assignment.effectiveFrom > input.effectiveDate) {
        throw new ValidationError("staffing.errors.effectiveBeforeLast", "effectiveDate", {
          date: toIsoDate(assignment.effectiveFrom),
        });
      }
      (assignment.effectiveFrom.getTime() === input.effectiveDate.getTime() ? toDelete : toEnd).push(assignment.id);
      changed.add(staffId);
    }
    for (const place of wanted.filter((row) => !currentKeys.has(keyOf(row)))) {
      toCreate.push({ ...place, staffId });
      changed.add(staffId);
    }
  }

  const boardVersion = await claimBoard(ctx, puskesmas, input.boardVersion);
  // Ends first: a person's old and new assignment never overlap.
  if (toDelete.length)
    await ctx.db.clusterAssignment.deleteMany({ where: { id: { in: toDelete }, districtId: puskesmas.districtId } });
  if (toEnd.length)
    await ctx.db.clusterAssignment.updateMany({
      where: { id: { in: toEnd }, districtId: puskesmas.districtId },
      data: { effectiveTo: input.effectiveDate },
    });
  if (toCreate.length) {
    await ctx.db.clusterAssignment.createMany({
      data: toCreate.map((row) => ({
        districtId: puskesmas.districtId,
        staffId: row.staffId,
        clusterId: row.clusterId,
        clusterUnitId: row.clusterUnitId,
        role: row.role,
        supporting: row.supporting,
        effectiveFrom: input.effectiveDate,
      })),
    });
  }
  return { boardVersion, changedStaff: changed.size };
}

/** Hard limits (warnings are the rules' job): one coordinator per cluster, real sub-units, support only where allowed. */
async function checkEntries(
  ctx: Ctx,
  allowSecondCluster: boolean,
  entries: z.output<typeof ZSaveBoard>["entries"],
): Promise<void> {
  const units = await ctx.db.clusterUnit.findMany({ select: { id: true, clusterId: true } });
  const coordinators = new Set<number>();
  for (const entry of entries) {
    if (entry.unitId !== null && !units.some((unit) => unit.id === entry.unitId && unit.clusterId === entry.clusterId))
      throw new ValidationError("staffing.errors.unitMismatch", "entries");
    if (entry.role === "PENANGGUNG_JAWAB") {
      if (coordinators.has(entry.clusterId))
        throw new ValidationError("staffing.errors.twoCoordinators", "entries", { cluster: entry.clusterId });
      coordinators.add(entry.clusterId);
    }
    if (entry.supportClusterId !== null) {
      if (!allowSecondCluster) throw new ValidationError("staffing.errors.supportNotAllowed", "entries");
      if (entry.supportClusterId === entry.clusterId)
        throw new ValidationError("staffing.errors.supportSameCluster", "entries");
    }
  }
}

/** Turns the "second, supporting cluster" option on or off; part of the board, so it shares its version. */
export async function updateBoardSettings(
  ctx: Ctx,
  input: z.output<typeof ZBoardSettings>,
): Promise<{ boardVersion: number }> {
  const puskesmas = await requirePuskesmas(ctx, input.puskesmasId, "staff.write");
  if (!input.allowSecondCluster) {
    const supporting = await ctx.db.clusterAssignment.count({
      where: {
        districtId: puskesmas.districtId,
        staff: { puskesmasId: puskesmas.id },
        supporting: true,
        effectiveTo: null,
      },
    });
    if (supporting > 0)
      throw new ValidationError("staffing.errors.supportInUse", "allowSecondCluster", { count: supporting });
  }
  const boardVersion = await claimBoard(ctx, puskesmas, input.boardVersion);
  await ctx.db.facility.updateMany({
    where: { id: puskesmas.id, districtId: puskesmas.districtId },
    data: { allowSecondCluster: input.allowSecondCluster },
  });
  return { boardVersion };
}
