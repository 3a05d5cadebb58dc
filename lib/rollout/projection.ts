export type TrendPoint = { month: string; implementing: number };

const DAY_MS = 86_400_000;
/** Where adoption trends (and so the pace of every projection) start. */
export const TREND_START = new Date("2024-01-01T00:00:00Z");
/** How far back the pace is measured. */
export const PACE_WINDOW_DAYS = 365;
/** A projection at or above this share of the target is "at risk" rather than "off track". */
export const AT_RISK_SHARE = 0.8;

/** Month ends (UTC) from `from`'s month to `asOf`'s month, the last one being `asOf` itself. */
export function monthEnds(from: Date, asOf: Date): Date[] {
  const ends: Date[] = [];
  let year = from.getUTCFullYear();
  let month = from.getUTCMonth();
  while (year < asOf.getUTCFullYear() || (year === asOf.getUTCFullYear() && month < asOf.getUTCMonth())) {
    ends.push(new Date(Date.UTC(year, month + 1, 0)));
    month += 1;
    if (month === 12) [year, month] = [year + 1, 0];
  }
  ends.push(new Date(Date.UTC(asOf.getUTCFullYear(), asOf.getUTCMonth(), asOf.getUTCDate())));
  return ends;
}

/**
 * The trend point projectTarget measures the pace from: the first month end
 * within the pace window, or the first point. Set-based queries need only this
 * point and `asOf` to give the same projection as the full trend.
 */
export function paceStart(asOf: Date, from: Date = TREND_START): Date {
  const windowStart = asOf.getTime() - PACE_WINDOW_DAYS * DAY_MS;
  const ends = monthEnds(from, asOf);
  return ends.find((end) => end.getTime() >= windowStart) ?? ends[0]!;
}

export type ProjectionStatus = "MET" | "ON_TRACK" | "AT_RISK" | "OFF_TRACK" | "MISSED";
export type Projection = { status: ProjectionStatus; pacePerMonth: number; projected: number };

/**
 * Projects today's pace to the deadline. The pace is the growth in the count
 * over the last 12 months (or since the first point, if the history is
 * shorter), per month; the projection adds that pace for the months left.
 */
export function projectTarget(input: { trend: TrendPoint[]; target: number; deadline: Date; asOf: Date }): Projection {
  const { trend, target, deadline, asOf } = input;
  const now = trend.at(-1)?.implementing ?? 0;
  const windowStart = asOf.getTime() - PACE_WINDOW_DAYS * DAY_MS;
  const start = trend.find((point) => new Date(point.month).getTime() >= windowStart) ?? trend[0];
  const spanMonths = start ? (asOf.getTime() - new Date(start.month).getTime()) / (30.44 * DAY_MS) : 0;
  const pacePerMonth = start && spanMonths >= 1 ? Math.max(0, (now - start.implementing) / spanMonths) : 0;
  const monthsLeft = Math.max(0, (deadline.getTime() - asOf.getTime()) / (30.44 * DAY_MS));
  const projected = Math.round((now + pacePerMonth * monthsLeft) * 10) / 10;

  if (now >= target) return { status: "MET", pacePerMonth, projected: Math.max(projected, now) };
  if (asOf.getTime() > deadline.getTime()) return { status: "MISSED", pacePerMonth, projected: now };
  if (projected >= target) return { status: "ON_TRACK", pacePerMonth, projected };
  if (projected >= target * AT_RISK_SHARE) return { status: "AT_RISK", pacePerMonth, projected };
  return { status: "OFF_TRACK", pacePerMonth, projected };
}
