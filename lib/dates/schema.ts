import { z } from "zod";
import { isRealIsoDate } from "./index";

// Apart from lib/dates/index.ts, which the browser's components use: importing zod
// there would put all of it in the first load of pages that only format dates.

/** A calendar date from a form or file ("YYYY-MM-DD"), as midnight UTC; impossible dates are refused. */
export const ZIsoDate = z
  .string({ error: "errors.required" })
  .trim()
  .refine(isRealIsoDate, "errors.dateInvalid")
  .transform((value) => new Date(`${value}T00:00:00Z`));
