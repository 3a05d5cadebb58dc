import type { Ctx } from "@/lib/server/scoped-db";
import type { EntityName, Snapshot } from "./types";
import { toIsoDate } from "@/lib/dates";

const day = (date: Date | null) => (date ? toIsoDate(date) : null);

/**
 * The fields imports manage, per table, as plain JSON. The same function makes the
 * "after" image at import time and the "current" image at undo time, so equal
 * images mean nothing has touched the row since the import.
 */
export const snapshots = {
  Region: (row: { code: string; name: string }) => ({ code: row.code, name: row.name }),
  Facility: (row: {
    version: number;
    name: string;
    aliases: string[];
    kecamatanId: string | null;
    desaId: string | null;
    parentId: string | null;
    hasInpatient: boolean | null;
    currentStage: string;
    stageSince: Date | null;
  }) => ({
    version: row.version,
    name: row.name,
    aliases: row.aliases,
    kecamatanId: row.kecamatanId,
    desaId: row.desaId,
    parentId: row.parentId,
    hasInpatient: row.hasInpatient,
    currentStage: row.currentStage,
    stageSince: day(row.stageSince),
  }),
  Staff: (row: {
    version: number;
    puskesmasId: string;
    name: string;
    nip: string | null;
    profession: string;
    employmentStatus: string;
    posting: string;
    pustuId: string | null;
    pustuSchedule: string | null;
    active: boolean;
  }) => ({
    version: row.version,
    puskesmasId: row.puskesmasId,
    name: row.name,
    nip: row.nip,
    profession: row.profession,
    employmentStatus: row.employmentStatus,
    posting: row.posting,
    pustuId: row.pustuId,
    pustuSchedule: row.pustuSchedule,
    active: row.active,
  }),
  Kader: (row: { posyanduId: string; name: string; level: string; competencies: string[]; active: boolean }) => ({
    posyanduId: row.posyanduId,
    name: row.name,
    level: row.level,
    competencies: row.competencies,
    active: row.active,
  }),
  FacilityStageChange: (row: { facilityId: string; toStage: string; effectiveDate: Date }) => ({
    facilityId: row.facilityId,
    toStage: row.toStage,
    effectiveDate: day(row.effectiveDate),
  }),
} satisfies Record<EntityName, (row: never) => Snapshot>;

const FACILITY_SELECT = {
  id: true,
  version: true,
  name: true,
  aliases: true,
  kecamatanId: true,
  desaId: true,
  parentId: true,
  hasInpatient: true,
  currentStage: true,
  stageSince: true,
} as const;
const STAFF_SELECT = {
  id: true,
  version: true,
  puskesmasId: true,
  name: true,
  nip: true,
  profession: true,
  employmentStatus: true,
  posting: true,
  pustuId: true,
  pustuSchedule: true,
  active: true,
} as const;

/** The rows' current images, by id; a row that no longer exists is missing from the map. */
export async function currentSnapshots(ctx: Ctx, entity: EntityName, ids: string[]): Promise<Map<string, Snapshot>> {
  const where = { id: { in: ids } };
  const pairs: [string, Snapshot][] = await (async () => {
    switch (entity) {
      case "Region":
        return (await ctx.db.region.findMany({ where, select: { id: true, code: true, name: true } })).map((row) => [row.id, snapshots.Region(row)] as [string, Snapshot]);
      case "Facility":
        return (await ctx.db.facility.findMany({ where, select: FACILITY_SELECT })).map((row) => [row.id, snapshots.Facility(row)] as [string, Snapshot]);
      case "Staff":
        return (await ctx.db.staff.findMany({ where, select: STAFF_SELECT })).map((row) => [row.id, snapshots.Staff(row)] as [string, Snapshot]);
      case "Kader":
        return (await ctx.db.kader.findMany({ where, select: { id: true, posyanduId: true, name: true, level: true, competencies: true, active: true } })).map(
          (row) => [row.id, snapshots.Kader(row)] as [string, Snapshot],
        );
      case "FacilityStageChange":
        return (await ctx.db.facilityStageChange.findMany({ where, select: { id: true, facilityId: true, toStage: true, effectiveDate: true } })).map(
          (row) => [row.id, snapshots.FacilityStageChange(row)] as [string, Snapshot],
        );
    }
  })();
  return new Map(pairs);
}

export { FACILITY_SELECT, STAFF_SELECT };
