import { z } from "zod";

/** "ya"/"tidak" (also yes/no, true/false, 1/0) as a boolean. */
export const ZYesNo = z
  .string()
  .trim()
  .toLowerCase()
  .refine(
    (value) => ["ya", "tidak", "yes", "no", "true", "false", "1", "0", "y", "t"].includes(value),
    "imports.row.yesNo",
  )
  .transform((value) => ["ya", "yes", "true", "1", "y"].includes(value));

export const yesNo = (value: boolean | null | undefined) =>
  value === null || value === undefined ? "" : value ? "ya" : "tidak";

/** A list in one cell, separated by "|": other names, kader competencies. */
export const ZCellList = z
  .string()
  .optional()
  .transform((value) =>
    (value ?? "")
      .split("|")
      .map((part) => part.trim())
      .filter(Boolean),
  );

/** An enum cell, read case-insensitively ("pustu" = "PUSTU"; spaces as underscores). */
export function enumCell<const Values extends readonly [string, ...string[]]>(values: Values, message: string) {
  return z.preprocess(
    (value) =>
      typeof value === "string"
        ? value
            .trim()
            .toUpperCase()
            .replace(/[\s-]+/g, "_")
        : value,
    z.enum(values, message),
  );
}
