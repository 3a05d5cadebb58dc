import { type IndonesianTimeZone, localIsoDate } from "./index";

/**
 * Reporting periods: a month as "YYYY-MM" (DHIS2 writes it "YYYYMM"). A report
 * for a month is due on a day of the following month, in the district's zone.
 */

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isPeriod(text: string): boolean {
  return PERIOD.test(text);
}

/** The month containing `now` in the district's zone. */
export function currentPeriod(timeZone: IndonesianTimeZone, now: Date = new Date()): string {
  return localIsoDate(now, timeZone).slice(0, 7);
}

/** The month `months` after (or, negative, before) `period`. */
export function shiftPeriod(period: string, months: number): string {
  const [year, month] = period.split("-").map(Number) as [number, number];
  const index = year * 12 + (month - 1) + months;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** The `count` months ending with `last`, oldest first. */
export function periodsEndingWith(last: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => shiftPeriod(last, index - count + 1));
}

/** The day a report for `period` is due ("YYYY-MM-DD"): `dueDay` of the following month. */
export function dueDateOf(period: string, dueDay: number): string {
  return `${shiftPeriod(period, 1)}-${String(dueDay).padStart(2, "0")}`;
}

/** The first and last day of the month, as "YYYY-MM-DD". */
export function periodBounds(period: string): { first: string; last: string } {
  const [year, month] = period.split("-").map(Number) as [number, number];
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { first: `${period}-01`, last: `${period}-${String(lastDay).padStart(2, "0")}` };
}

/** DHIS2's monthly period: "202610". */
export function dhis2Period(period: string): string {
  return period.replace("-", "");
}

const MONTHS_ID = ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"];

/** A short Indonesian label: "Okt 2026". */
export function periodLabel(period: string): string {
  const [year, month] = period.split("-").map(Number) as [number, number];
  return `${MONTHS_ID[month - 1]} ${year}`;
}
