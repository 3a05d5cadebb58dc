import { hasControlCharacters } from "@/lib/validation/characters";

/** The kinds of value a data element takes (the admin's form offers them in this order). */
export const VALUE_TYPES = ["INTEGER", "PERCENT", "YES_NO", "TEXT"] as const;

/** What validation needs of a data element. */
export type ElementRule = {
  valueType: (typeof VALUE_TYPES)[number];
  min: number | null;
  max: number | null;
  required: boolean;
};

export type ValueCheck =
  { ok: true; value: string | null } | { ok: false; messageKey: string; values?: Record<string, string | number> };

export const TEXT_VALUE_MAX = 200;

/**
 * Reads one entered value by its element's type and limits. Empty means "not
 * entered" (null), never 0. The value comes back in the form it is stored and
 * exported in: integers and percentages as plain numbers ("12", "87.5"),
 * yes/no as "true"/"false" (DHIS2's BOOLEAN), text trimmed.
 */
export function checkValue(rule: ElementRule, raw: string | null | undefined): ValueCheck {
  const text = (raw ?? "").trim();
  if (text === "") return { ok: true, value: null };
  switch (rule.valueType) {
    case "INTEGER": {
      if (!/^-?\d{1,9}$/.test(text)) return { ok: false, messageKey: "monthly.errors.integer" };
      return withinLimits(rule, Number(text), String(Number(text)));
    }
    case "PERCENT": {
      if (!/^\d{1,3}([.,]\d{1,2})?$/.test(text)) return { ok: false, messageKey: "monthly.errors.percent" };
      const value = Number(text.replace(",", "."));
      if (value > 100) return { ok: false, messageKey: "monthly.errors.percent" };
      return withinLimits(rule, value, String(value));
    }
    case "YES_NO":
      if (text !== "true" && text !== "false") return { ok: false, messageKey: "monthly.errors.yesNo" };
      return { ok: true, value: text };
    case "TEXT":
      if (hasControlCharacters(text)) return { ok: false, messageKey: "errors.controlCharacters" };
      if (text.length > TEXT_VALUE_MAX)
        return { ok: false, messageKey: "monthly.errors.tooLong", values: { max: TEXT_VALUE_MAX } };
      return { ok: true, value: text };
  }
}

function withinLimits(rule: ElementRule, value: number, stored: string): ValueCheck {
  if (rule.min !== null && value < rule.min)
    return { ok: false, messageKey: "monthly.errors.min", values: { min: rule.min } };
  if (rule.max !== null && value > rule.max)
    return { ok: false, messageKey: "monthly.errors.max", values: { max: rule.max } };
  return { ok: true, value: stored };
}

/** The fewest earlier months the outlier rule needs before it judges a value. */
export const OUTLIER_MIN_HISTORY = 2;

/**
 * Whether a number is far from the previous months': more than half the median
 * of the earlier values, and at least 5, away from it. With fewer than
 * OUTLIER_MIN_HISTORY earlier values nothing is judged far (no history to go by).
 */
export function isFarFromPrevious(value: number, previous: readonly number[]): boolean {
  if (previous.length < OUTLIER_MIN_HISTORY) return false;
  const sorted = [...previous].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
  return Math.abs(value - median) > Math.max(Math.abs(median) * 0.5, 5);
}
