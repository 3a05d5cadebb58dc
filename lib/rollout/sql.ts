import "server-only";
import { Prisma } from "@/lib/generated/prisma/client";

// "Open on a date" as an SQL fragment, so the dashboard and the comparisons read
// it the same way ("the stage on a date" is lib/rules/stage-on-date.ts).

/** A facility (`alias`) open on `day` (YYYY-MM-DD): opened on or before it, or undated, and not closed by it. */
export function openOn(alias: string, day: string): Prisma.Sql {
  const column = (name: string) => Prisma.raw(`${alias}."${name}"`);
  return Prisma.sql`(${column("openedOn")} IS NULL OR ${column("openedOn")} <= ${day}::date) AND (${column("closedAt")} IS NULL OR ${column("closedAt")} > ${day}::date)`;
}
