import { describe, expect, it } from "vitest";
import { oneYearBack, pagesFor } from "../../scripts/bench/pages";
import { targetRows, type PageMeasurement } from "../../scripts/bench/targets";

const bench = {
  districtCode: "11.08",
  provinceCode: "32",
  puskesmasId: "p-1",
  accounts: { national: "n", province: "p", planner: "d", head: "h" },
};
const load = (p95: number, requests = 10) => ({ p50: p95 / 2, p95, requests, errors: 0 });

describe("the benchmark's targets (issue 17)", () => {
  const pages = pagesFor(bench);
  const byName = (name: string) => pages.find((page) => page.name.startsWith(name))!;

  it("measures the six pages and the district and national pages as of one year back", () => {
    expect(oneYearBack(new Date("2026-11-30T20:00:00Z"))).toBe("2025-11-30");
    expect(pages).toHaveLength(8);
    expect(pages.filter((page) => page.asOfOf).map((page) => page.path)).toEqual([
      `/kabupaten/11.08?per=${oneYearBack()}`,
      `/nasional?per=${oneYearBack()}`,
    ]);
  });

  it("passes and fails each target on its limit, and fails a run in which no request finished", () => {
    const measured: PageMeasurement[] = [
      {
        page: byName("national comparison"),
        oneUser: load(300),
        twentyUsers: load(1400),
        uncached: { p50: 300, p95: 450, errors: 0 }, // the bare cost is reported, not held to the target
        afterWrite: { p50: 400, p95: 600, errors: 0 },
        churn: load(0, 0),
        firstLoadJsKb: 199,
      },
      { page: byName("national comparison as of"), oneUser: load(700) },
    ];
    const rows = targetRows(measured, { errors: 0, peakRssMb: 510, lcpMs: 3900 });
    const verdict = (start: string) => rows.find((row) => row[0]!.startsWith(start))?.[2];
    expect(verdict("national comparison: uncached (fresh instance, after a write) p95 < 500")).toBe("FAIL");
    expect(verdict("national comparison: 20 users p95 < 1500")).toBe("PASS");
    expect(rows.find((row) => row[0]!.startsWith("national comparison: p95 under write churn"))).toEqual([
      "national comparison: p95 under write churn < 2000 ms",
      "did not finish",
      "FAIL",
    ]);
    expect(verdict("national comparison as of")).toBe("FAIL"); // 700 > 2 × 300
    expect(verdict("no errors")).toBe("PASS");
    expect(verdict("peak RSS")).toBe("FAIL");
    expect(verdict("district dashboard LCP")).toBe("PASS");
    expect(verdict("first-load JS ≤ 200 KB gzip: /(app)/nasional/page")).toBe("PASS");
  });
});
