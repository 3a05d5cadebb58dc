import { z } from "zod";
import { hasControlCharacters, normaliseNewlines } from "./characters";

export { hasControlCharacters, normaliseNewlines };

type TextOptions = {
  /** Length limit, in characters, after trimming. */
  max: number;
  /** At least this many characters (1: required). */
  min?: number;
  /** Allows "\n" (and "\r\n", normalised to "\n") and tabs. */
  multiline?: boolean;
  /** Keeps leading and trailing spaces (passwords). */
  keepSpaces?: boolean;
  /** The catalogue key for a missing or too short value. */
  requiredKey?: string;
};

/**
 * The one text schema for every field that takes text: trims, refuses NUL and
 * other control characters (errors.controlCharacters) and enforces a length
 * limit (errors.tooLong).
 */
export function zText({
  max,
  min = 0,
  multiline = false,
  keepSpaces = false,
  requiredKey = "errors.required",
}: TextOptions) {
  let schema = z.string({ error: requiredKey });
  if (multiline) schema = schema.overwrite(normaliseNewlines);
  if (!keepSpaces) schema = schema.trim();
  schema = schema
    .refine((text) => !hasControlCharacters(text, multiline), "errors.controlCharacters")
    .max(max, "errors.tooLong");
  return min > 0 ? schema.min(min, requiredKey) : schema;
}

/**
 * A search box or free-text filter from the URL (first value of a repeated
 * parameter): a value with control characters or over `max` falls back to ""
 * (no filter) instead of reaching the database.
 */
export function zSearch(max = 100) {
  return z.preprocess((value) => (Array.isArray(value) ? value[0] : value), zText({ max }).catch("")).default("");
}

/** An optional free-text URL filter: anything unusable reads as "no filter". */
export function zOptionalFilter(max: number) {
  return z.preprocess((value) => (Array.isArray(value) ? value[0] : value), zText({ max }).optional().catch(undefined));
}
