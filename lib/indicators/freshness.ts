// When is the data behind a verdict current enough to give one? Pure: the
// threshold comes from the caller (the server reads DATA_STALE_DAYS).

const DAY_MS = 86_400_000;
/** The default age, in days, beyond which a data area is too old for a deadline verdict or a projection. */
export const DEFAULT_STALE_DAYS = 90;

/** DATA_STALE_DAYS from the environment: a whole number of days ≥ 1, else the default. */
export function staleDaysSetting(value: string | undefined = process.env.DATA_STALE_DAYS): number {
  const days = Number(value);
  return value && Number.isInteger(days) && days >= 1 ? days : DEFAULT_STALE_DAYS;
}

export type Freshness = { current: boolean; lastUpdated: string | null; ageDays: number | null };

/**
 * Whether data last updated on `lastUpdated` (YYYY-MM-DD, null: never) is current
 * on `asOf`: at most `staleDays` old. Never-entered data is never current.
 */
export function freshness(lastUpdated: string | null, asOf: Date, staleDays: number): Freshness {
  if (!lastUpdated) return { current: false, lastUpdated: null, ageDays: null };
  const day = Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate());
  const ageDays = Math.max(0, Math.round((day - Date.parse(`${lastUpdated}T00:00:00Z`)) / DAY_MS));
  return { current: ageDays <= staleDays, lastUpdated, ageDays };
}
