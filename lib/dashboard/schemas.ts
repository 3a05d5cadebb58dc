import { z } from "zod";

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

export function asOfOrToday(value: unknown): { date: Date; isToday: boolean } {
  const parsed = ZAsOf.parse(value);
  return parsed ? { date: parsed, isToday: false } : { date: new Date(), isToday: true };
}
