import { z } from "zod";
import { todayIn, type IndonesianTimeZone } from "@/lib/dates";

/** "?per=YYYY-MM-DD": the dashboard as of that date; missing, malformed or future dates mean today. */
export const ZAsOf = z.preprocess(
  (value) => (Array.isArray(value) ? value[0] : value),
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .transform((text) => new Date(`${text}T00:00:00Z`))
    .refine((date) => !Number.isNaN(date.getTime()) && date.getTime() <= Date.now())
    .optional()
    .catch(undefined),
);

/**
 * The as-of date, or today. Given the district's zone, "today" is its local day, the same
 * day a stage change may carry (lib/facilities/stage-dates.ts): a change dated today in WIB
 * at 01:00 shows in today's figures although the UTC date is still yesterday.
 */
export function asOfOrToday(value: unknown, timeZone?: IndonesianTimeZone): { date: Date; isToday: boolean } {
  const parsed = ZAsOf.parse(value);
  if (parsed) return { date: parsed, isToday: false };
  return { date: timeZone ? todayIn(timeZone) : new Date(), isToday: true };
}
