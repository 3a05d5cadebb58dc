import type { Posting, Profession } from "@/lib/generated/prisma/enums";

// "Pustu staffed", the one definition in TypeScript and in SQL (kept side by
// side; tests/integration/rules-agree.test.ts checks they agree). A pustu is
// staffed when at least PUSTU_MIN_STAFF active staff are posted there (for good
// or on a schedule) and a perawat and a bidan are among them. Staff postings
// have no history: they are today's whatever the date asked about.
// No Prisma import: the staffing board runs the TypeScript side in the browser.

/** ILP's minimum at a pustu: two health workers, a perawat and a bidan among them. */
export const PUSTU_MIN_STAFF = 2;
export const PUSTU_REQUIRED = ["PERAWAT", "BIDAN"] as const satisfies readonly Profession[];

export type PustuStaffMember = { id: string; profession: Profession; posting: Posting; pustuId: string | null };

/** TypeScript: the staffing of `pustuId` among `staff` (active staff only). */
export function pustuStaffing(staff: PustuStaffMember[], pustuId: string) {
  const there = staff.filter((person) => person.pustuId === pustuId && person.posting !== "PUSKESMAS");
  const missing = PUSTU_REQUIRED.filter((profession) => !there.some((person) => person.profession === profession));
  return {
    staffIds: there.map((person) => person.id),
    count: there.length,
    missing,
    ok: there.length >= PUSTU_MIN_STAFF && missing.length === 0,
  };
}

const alias = (name: string) => {
  if (!/^[a-z_][a-z0-9_]*$/.test(name)) throw new Error(`Not an SQL alias: ${name}`);
  return name;
};

/** SQL (raw text, aliases only): the join condition of staff `staff` counted at pustu `pustu`. */
export function staffAtPustuSql(staff: string, pustu: string): string {
  const [s, p] = [alias(staff), alias(pustu)];
  return `${s}."pustuId" = ${p}.id AND ${s}."districtId" = ${p}."districtId" AND ${s}.active AND ${s}.posting <> 'PUSKESMAS'`;
}

/** SQL aggregate over the staff joined by staffAtPustuSql (null rows of a LEFT JOIN count as nobody). */
export function pustuStaffCountSql(staff: string): string {
  return `count(${alias(staff)}.id)`;
}

/** SQL aggregate: whether a person of `profession` is among the joined staff. */
export function pustuHasSql(staff: string, profession: (typeof PUSTU_REQUIRED)[number]): string {
  return `coalesce(bool_or(${alias(staff)}.profession = '${profession}'), false)`;
}

/** SQL aggregate: the pustu is staffed (the twin of pustuStaffing(...).ok). */
export function pustuStaffedSql(staff: string): string {
  return `(${pustuStaffCountSql(staff)} >= ${PUSTU_MIN_STAFF} AND ${PUSTU_REQUIRED.map((profession) => pustuHasSql(staff, profession)).join(" AND ")})`;
}
