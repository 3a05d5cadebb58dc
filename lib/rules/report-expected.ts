import { toIsoDate } from "@/lib/dates";
import { periodBounds } from "@/lib/dates/periods";

// "A monthly report is expected", the one definition in TypeScript and in SQL,
// side by side (the completeness grid uses the first, the comparison indicator
// the second; tests/integration/reporting-completeness.test.ts checks they
// agree). A puskesmas is expected to report a month when it was open during the
// month (opened on or before its last day, not closed on or before its first)
// and the month is over.

export type OpenSpan = { openedOn: Date | null; closedAt: Date | null };

/** TypeScript: whether `puskesmas` is expected to report `period` ("YYYY-MM") when the current month is `current`. */
export function reportExpected(puskesmas: OpenSpan, period: string, current: string): boolean {
  if (period >= current) return false;
  const { first, last } = periodBounds(period);
  if (puskesmas.openedOn && toIsoDate(puskesmas.openedOn) > last) return false;
  if (puskesmas.closedAt && toIsoDate(puskesmas.closedAt) <= first) return false;
  return true;
}

/**
 * SQL: facility `alias` open during the month from `first` to `last` (SQL date
 * expressions). The caller picks a month that is over.
 */
export function reportExpectedSql(alias: string, first: string, last: string): string {
  if (!/^[a-z_][a-z0-9_]*$/.test(alias)) throw new Error(`Not an SQL alias: ${alias}`);
  return `(${alias}."openedOn" IS NULL OR ${alias}."openedOn" <= ${last}) AND (${alias}."closedAt" IS NULL OR ${alias}."closedAt" > ${first})`;
}
