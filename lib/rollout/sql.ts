import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// The rollout's two date rules (lib/rollout/stages.ts) as SQL fragments, so the
// dashboard and the comparisons read them the same way.

/** A facility (`alias`) open on `day` (YYYY-MM-DD): opened on or before it, or undated, and not closed by it. */
export function openOn(alias: string, day: string): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`${alias}."${name}"`);
  return Prisma.sql`(${column("openedOn")} IS NULL OR ${column("openedOn")} <= ${day}::date) AND (${column("closedAt")} IS NULL OR ${column("closedAt")} > ${day}::date)`;
}

/**
 * Every stage change on or before `day` of the facilities `where` selects (on the
 * change, aliased `c`), with `until`: the date the next change replaced it, null
 * while it holds. A change holds on the dates d with effectiveDate ≤ d < until;
 * of two changes on one day, the later recorded holds. Only entries that count:
 * verified (a head's proposal waits, a returned one never counts) and neither
 * corrected (its correction, a new entry, counts instead) nor voided.
 */
export function stageSpans(where: Prisma.Sql, day: string): Prisma.Sql {
  return Prisma.sql`
    SELECT c."districtId", c."facilityId", c."toStage", c."effectiveDate",
      lead(c."effectiveDate") OVER (PARTITION BY c."districtId", c."facilityId" ORDER BY c."effectiveDate", c."createdAt") AS until
    FROM "FacilityStageChange" c
    WHERE ${where} AND ${countingEntry("c")} AND c."effectiveDate" <= ${day}::date`;
}

/** A stage entry (`alias`) that counts: verified, not corrected, not voided (Prisma: COUNTING_ENTRY in lib/facilities/stage-service.ts). */
export function countingEntry(alias: string): Prisma.Sql {
  return Prisma.raw(`${alias}."status" = 'VERIFIED' AND ${alias}."retractedAs" IS NULL`);
}
