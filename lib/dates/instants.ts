import { localIsoDate, parseIsoDate, zoneAbbreviation, type IndonesianTimeZone } from "./index";

/** Indonesia keeps no daylight saving time: each zone is a fixed offset from UTC. */
const OFFSET_HOURS: Record<IndonesianTimeZone, number> = { "Asia/Jakarta": 7, "Asia/Makassar": 8, "Asia/Jayapura": 9 };

/** The instant a local day ("YYYY-MM-DD") begins in `timeZone`, or null for an impossible date. */
export function startOfLocalDay(isoDate: string, timeZone: IndonesianTimeZone): Date | null {
  const day = parseIsoDate(isoDate);
  return day ? new Date(day.getTime() - OFFSET_HOURS[timeZone] * 3_600_000) : null;
}

/** An instant for files and exports: "2026-11-29 08:15 WITA" (sorts as text, says its zone). */
export function isoLocalDateTime(instant: Date, timeZone: IndonesianTimeZone): string {
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(instant);
  return `${localIsoDate(instant, timeZone)} ${time} ${zoneAbbreviation(timeZone)}`;
}

/** An instant for file names: "2026-11-29_081512_WIB" (sorts as text, no characters a file system refuses). */
export function fileStamp(instant: Date, timeZone: IndonesianTimeZone): string {
  const time = new Intl.DateTimeFormat("en-GB", {
    timeZone,
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
    hourCycle: "h23",
  })
    .format(instant)
    .replaceAll(":", "");
  return `${localIsoDate(instant, timeZone)}_${time}_${zoneAbbreviation(timeZone)}`;
}
