/**
 * Calendar dates for Pantau ILP. A date is a day in a district's own time zone
 * (WIB, WITA or WIT), carried as "YYYY-MM-DD" or as midnight UTC of that day;
 * "today" is never the server's UTC date.
 */

export type IndonesianTimeZone = "Asia/Jakarta" | "Asia/Makassar" | "Asia/Jayapura";
export const DEFAULT_TIME_ZONE: IndonesianTimeZone = "Asia/Jakarta";

const WITA_PROVINCES = new Set(["51", "52", "53", "63", "64", "65", "71", "72", "73", "74", "75", "76"]);
const WIT_PROVINCES = new Set(["81", "82", "91", "92", "93", "94", "95", "96"]);

/** The time zone of a province, kabupaten, kecamatan or desa, from its Kemendagri code's first two digits. */
export function timeZoneOfRegion(code: string | null | undefined): IndonesianTimeZone {
  const province = (code ?? "").slice(0, 2);
  if (WIT_PROVINCES.has(province)) return "Asia/Jayapura";
  if (WITA_PROVINCES.has(province)) return "Asia/Makassar";
  return DEFAULT_TIME_ZONE;
}

/** SQL: the time zone of the region whose Kemendagri code is the SQL expression `code` (the same rule as timeZoneOfRegion). */
export function timeZoneOfRegionSql(code: string): string {
  const list = (provinces: Set<string>) => [...provinces].map((province) => `'${province}'`).join(", ");
  return `(CASE WHEN left(${code}, 2) IN (${list(WIT_PROVINCES)}) THEN 'Asia/Jayapura' WHEN left(${code}, 2) IN (${list(WITA_PROVINCES)}) THEN 'Asia/Makassar' ELSE '${DEFAULT_TIME_ZONE}' END)`;
}

/** The short Indonesian name of a zone: WIB, WITA or WIT. */
export function zoneAbbreviation(timeZone: IndonesianTimeZone): "WIB" | "WITA" | "WIT" {
  return timeZone === "Asia/Jayapura" ? "WIT" : timeZone === "Asia/Makassar" ? "WITA" : "WIB";
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether "YYYY-MM-DD" names a real calendar day (no 30 February, no month 13). */
export function isRealIsoDate(text: string): boolean {
  const match = ISO_DATE.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** "YYYY-MM-DD" → midnight UTC of that day, or null for anything that is not a real date. */
export function parseIsoDate(text: string): Date | null {
  return isRealIsoDate(text) ? new Date(`${text}T00:00:00Z`) : null;
}

// toISOString costs about a microsecond, and the comparisons call this for every district's
// every trend month (60,000 times for the national page): the same few days, remembered.
const isoDates = new Map<number, string>();

/** A day carried as midnight UTC → "YYYY-MM-DD". */
export function toIsoDate(date: Date): string {
  const time = date.getTime();
  const known = isoDates.get(time);
  if (known !== undefined) return known;
  const text = date.toISOString().slice(0, 10); // throws for an invalid date, as before
  if (isoDates.size >= 4096) isoDates.clear();
  isoDates.set(time, text);
  return text;
}

/** The calendar day in `timeZone` at the instant `now`, as "YYYY-MM-DD". */
export function localIsoDate(now: Date, timeZone: IndonesianTimeZone = DEFAULT_TIME_ZONE): string {
  // en-CA formats as YYYY-MM-DD.
  return new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** Today in `timeZone`, as midnight UTC of that day (the form in which dates are stored). */
export function todayIn(timeZone: IndonesianTimeZone = DEFAULT_TIME_ZONE, now: Date = new Date()): Date {
  return new Date(`${localIsoDate(now, timeZone)}T00:00:00Z`);
}

/** Adds whole days to a day carried as midnight UTC. */
export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Whole days from `from` to `to` (both days at midnight UTC). */
export function daysBetween(from: Date, to: Date): number {
  return Math.round((to.getTime() - from.getTime()) / 86_400_000);
}

const MONTHS_ID = [
  "Januari",
  "Februari",
  "Maret",
  "April",
  "Mei",
  "Juni",
  "Juli",
  "Agustus",
  "September",
  "Oktober",
  "November",
  "Desember",
];

/** A day in Indonesian: "29 November 2026". */
export function formatIndonesianDate(date: Date): string {
  return `${date.getUTCDate()} ${MONTHS_ID[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

/** An instant in a district's zone, in Indonesian: "29 November 2026 08.15 WITA". */
export function formatIndonesianDateTime(instant: Date, timeZone: IndonesianTimeZone = DEFAULT_TIME_ZONE): string {
  const day = todayIn(timeZone, instant);
  const time = new Intl.DateTimeFormat("id-ID", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
  return `${formatIndonesianDate(day)} ${time} ${zoneAbbreviation(timeZone)}`;
}

/**
 * The earliest date a stage change, activity or assignment may carry: `DATE_FLOOR`
 * (YYYY-MM-DD), by default 1 January 2022, before the first ILP pilots.
 */
export function dateFloor(): Date {
  const configured = process.env.DATE_FLOOR?.trim();
  return (configured && parseIsoDate(configured)) || new Date("2022-01-01T00:00:00Z");
}
