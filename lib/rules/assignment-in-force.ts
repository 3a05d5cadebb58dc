import { Prisma } from "@/lib/generated/prisma/client";

// "Assignment in force on a date", the one definition in TypeScript (a predicate
// and the Prisma filter) and in SQL, side by side; tests/integration/rules-agree.test.ts
// checks they agree. An assignment is in force on `day` when it began on or
// before it and has not ended by then: the end date is exclusive.

export type Tenure = { effectiveFrom: Date; effectiveTo: Date | null };

/** TypeScript: whether `assignment` is in force on `day` (dates at UTC midnight). */
export function inForce(assignment: Tenure, day: Date): boolean {
  return assignment.effectiveFrom <= day && (assignment.effectiveTo === null || assignment.effectiveTo > day);
}

/** Prisma filter (ClusterAssignment where) of the same rule. */
export function inForceOn(day: Date) {
  return { effectiveFrom: { lte: day }, OR: [{ effectiveTo: null }, { effectiveTo: { gt: day } }] };
}

/** SQL: assignment `alias` in force on `day` (YYYY-MM-DD). */
export function inForceSql(alias: string, day: string): Prisma.Sql {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`Not an SQL alias: ${alias}`);
  return Prisma.sql`${Prisma.raw(`${alias}."effectiveFrom"`)} <= ${day}::date AND (${Prisma.raw(`${alias}."effectiveTo"`)} IS NULL OR ${Prisma.raw(`${alias}."effectiveTo"`)} > ${day}::date)`;
}
