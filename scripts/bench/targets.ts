import type { LoadResult } from "./http-load";
import type { BenchPage } from "./pages";

export type PageMeasurement = {
  page: BenchPage;
  oneUser?: LoadResult;
  twentyUsers?: LoadResult;
  uncached?: { p50: number; p95: number; errors: number };
  /** A fresh instance (nothing in memory, the stored figures on), each request after a write (BenchPage.afterWrite). */
  afterWrite?: { p50: number; p95: number; errors: number };
  churn?: LoadResult;
  firstLoadJsKb?: number;
};

const LIMITS = {
  national: { uncached: 500, twenty: 1500, churn: 2000 },
  district: { uncached: 150, twenty: 1000, churn: 1000 },
  other: { twenty: 1000 },
} as const;

/** The targets of issue 17, each as [target, measured, PASS/FAIL] ("–" when that part did not run). */
export function targetRows(
  measured: PageMeasurement[],
  global: { errors: number; peakRssMb: number; lcpMs?: number },
): string[][] {
  const rows: string[][] = [];
  const check = (target: string, value: number | undefined, limit: number, unit = "ms", inclusive = false) =>
    value === Infinity
      ? rows.push([target, "did not finish", "FAIL"])
      : rows.push([
          target,
          value === undefined || !Number.isFinite(value) ? "–" : `${value.toFixed(0)} ${unit}`,
          value === undefined || !Number.isFinite(value)
            ? "not run"
            : (inclusive ? value <= limit : value < limit)
              ? "PASS"
              : "FAIL",
        ]);
  for (const m of measured) {
    const kind = m.page.targets;
    if (!kind) continue;
    const limits = LIMITS[kind];
    if ("uncached" in limits)
      check(
        `${m.page.name}: uncached (fresh instance, after a write) p95 < ${limits.uncached} ms`,
        m.afterWrite?.p95,
        limits.uncached,
      );
    check(`${m.page.name}: 20 users p95 < ${limits.twenty} ms`, loadP95(m.twentyUsers), limits.twenty);
    if ("churn" in limits)
      check(`${m.page.name}: p95 under write churn < ${limits.churn} ms`, loadP95(m.churn), limits.churn);
  }
  for (const m of measured.filter((candidate) => candidate.page.asOfOf)) {
    const current = measured.find((candidate) => candidate.page.name === m.page.asOfOf);
    const limit = current?.oneUser ? 2 * current.oneUser.p95 : NaN;
    check(
      `${m.page.name}: 1 user p95 ≤ 2 × today's (${Number.isFinite(limit) ? limit.toFixed(0) : "–"} ms)`,
      m.oneUser?.p95,
      limit,
      "ms",
      true,
    );
  }
  rows.push(["no errors", String(global.errors), global.errors === 0 ? "PASS" : "FAIL"]);
  check("peak RSS of the web server < 500 MB", global.peakRssMb, 500, "MB");
  check("district dashboard LCP, emulated poor connection < 4 s (median)", global.lcpMs, 4000);
  for (const m of measured.filter((candidate) => !candidate.page.asOfOf))
    check(`first-load JS ≤ 200 KB gzip: ${m.page.route}`, m.firstLoadJsKb, 200, "KB", true);
  return rows;
}

/** A load run's p95; Infinity when it ran and no request finished within its time (they were all still queued). */
function loadP95(result: LoadResult | undefined): number | undefined {
  if (!result) return undefined;
  return result.requests === 0 ? Infinity : result.p95;
}
