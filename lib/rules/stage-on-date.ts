import { Prisma, type IlpStage, type StageChangeStatus, type StageRetraction } from "@/lib/generated/prisma/client";

// "The stage of a facility on a date", the one definition in TypeScript and in
// SQL, side by side; tests/integration/rules-agree.test.ts checks they agree.
// Only entries that count: verified (a head's proposal waits, a returned one
// never counts) and neither corrected (its correction, a new entry, counts
// instead) nor voided. The stage on a date is the latest counting change on or
// before it, the later recorded winning a tie; BELUM before any.

/** The Prisma filter of "this entry counts". */
export const COUNTING_ENTRY = {
  status: "VERIFIED",
  retractedAs: null,
} as const satisfies Prisma.FacilityStageChangeWhereInput;
/** The Prisma order putting the entry that holds first. */
export const LATEST_FIRST = [
  { effectiveDate: "desc" },
  { createdAt: "desc" },
] as const satisfies Prisma.FacilityStageChangeOrderByWithRelationInput[];

export type StageEntry = {
  toStage: IlpStage;
  effectiveDate: Date;
  createdAt: Date;
  status: StageChangeStatus;
  retractedAs: StageRetraction | null;
};

/** TypeScript: the stage on `day` (UTC midnight) of a facility with `history`. */
export function stageOn(history: StageEntry[], day: Date): IlpStage {
  let holding: StageEntry | null = null;
  for (const entry of history) {
    if (entry.status !== "VERIFIED" || entry.retractedAs !== null || entry.effectiveDate > day) continue;
    const later =
      !holding ||
      entry.effectiveDate > holding.effectiveDate ||
      (entry.effectiveDate.getTime() === holding.effectiveDate.getTime() && entry.createdAt > holding.createdAt);
    if (later) holding = entry;
  }
  return holding?.toStage ?? "BELUM";
}

/** SQL: a stage entry (`alias`) that counts. */
export function countingEntry(alias: string): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`Not an SQL alias: ${alias}`);
  return Prisma.raw(`${alias}."status" = 'VERIFIED' AND ${alias}."retractedAs" IS NULL`);
}

/**
 * SQL: every counting stage change on or before `day` of the facilities `where`
 * selects (on the change, aliased `c`), with `until`: the date the next change
 * replaced it, null while it holds. A change holds on the dates d with
 * effectiveDate ≤ d < until; of two changes on one day, the later recorded holds.
 */
export function stageSpans(where: Prisma.Sql, day: string): Prisma.Sql {
  return Prisma.sql`
    SELECT c."districtId", c."facilityId", c."toStage", c."effectiveDate",
      lead(c."effectiveDate") OVER (PARTITION BY c."districtId", c."facilityId" ORDER BY c."effectiveDate", c."createdAt") AS until
    FROM "FacilityStageChange" c
    WHERE ${where} AND ${countingEntry("c")} AND c."effectiveDate" <= ${day}::date`;
}

/** SQL: the change holding on `day` of each facility `where` selects (a facility without one is BELUM); from stageSpans. */
export function stageOnSql(where: Prisma.Sql, day: string): Prisma.Sql {
  return Prisma.sql`SELECT h."districtId", h."facilityId", h."toStage", h."effectiveDate" FROM (${stageSpans(where, day)}) h WHERE h.until IS NULL`;
}
