import { z } from "zod";
import {
  DEFAULT_TIME_ZONE,
  isRealIsoDate,
  localIsoDate,
  parseIsoDate,
  todayIn,
  type IndonesianTimeZone,
} from "@/lib/dates";

/**
 * "?per=YYYY-MM-DD": the dashboard as of that date; missing, impossible or future
 * dates mean today. Future here is after today in WIT, the latest day anywhere in
 * Indonesia; asOfOrToday() then holds the date to the district's own today.
 */
export const ZAsOf = z.preprocess(
  (value) => (Array.isArray(value) ? value[0] : value),
  z
    .string()
    .refine((text) => isRealIsoDate(text) && text <= localIsoDate(new Date(), "Asia/Jayapura"))
    .transform((text) => parseIsoDate(text)!)
    .optional()
    .catch(undefined),
);

/** The as-of date asked for, or today in `timeZone` (the district's; WIB where there is no district). */
export function asOfOrToday(
  value: unknown,
  timeZone: IndonesianTimeZone = DEFAULT_TIME_ZONE,
): { date: Date; isToday: boolean } {
  const parsed = ZAsOf.parse(value);
  const today = todayIn(timeZone);
  return parsed && parsed < today ? { date: parsed, isToday: false } : { date: today, isToday: true };
}
