export type TargetProgress = {
  achieved: number;
  target: number;
  /** Whole percent of the target reached, capped at 100. */
  percent: number;
  remaining: number;
  met: boolean;
  /** Days from `asOf` to the deadline; negative once it has passed. */
  daysLeft: number;
};

const DAY_MS = 86_400_000;

/** Progress of `achieved` against a target count due on `deadline`, seen on `asOf`. */
export function targetProgress(achieved: number, target: number, deadline: Date, asOf: Date): TargetProgress {
  if (!Number.isInteger(target) || target <= 0) throw new RangeError("target must be a positive whole number");
  if (!Number.isInteger(achieved) || achieved < 0) throw new RangeError("achieved must be a whole number ≥ 0");
  return {
    achieved,
    target,
    percent: Math.min(100, Math.floor((achieved * 100) / target)),
    remaining: Math.max(0, target - achieved),
    met: achieved >= target,
    daysLeft: Math.ceil((startOfDay(deadline) - startOfDay(asOf)) / DAY_MS),
  };
}

function startOfDay(date: Date): number {
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate());
}
