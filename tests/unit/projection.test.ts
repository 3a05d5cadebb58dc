import { describe, expect, it } from "vitest";
import { monthEnds, projectTarget, type TrendPoint } from "@/lib/rollout/projection";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const trend = (...values: [string, number][]): TrendPoint[] =>
  values.map(([month, implementing]) => ({ month, implementing }));

describe("adoption trend", () => {
  it("lists month ends up to the as-of date", () => {
    expect(monthEnds(day("2024-11-15"), day("2025-02-10")).map((date) => date.toISOString().slice(0, 10))).toEqual([
      "2024-11-30",
      "2024-12-31",
      "2025-01-31",
      "2025-02-10",
    ]);
  });
});

describe("projection to the deadline", () => {
  it("with no history, projects no growth: off track", () => {
    expect(
      projectTarget({
        trend: trend(["2025-06-30", 0]),
        target: 19,
        deadline: day("2025-12-31"),
        asOf: day("2025-06-30"),
      }),
    ).toEqual({
      status: "OFF_TRACK",
      pacePerMonth: 0,
      projected: 0,
    });
  });

  it("Rejang Lebong on 30 July 2024: 1 of 21 and no pace is off track", () => {
    const result = projectTarget({
      trend: trend(["2024-07-30", 1]),
      target: 21,
      deadline: day("2025-12-31"),
      asOf: day("2024-07-30"),
    });
    expect(result.status).toBe("OFF_TRACK");
  });

  it("a steady pace that reaches the target in time is on track; one that nearly does is at risk", () => {
    const steady = trend(["2025-01-31", 0], ["2025-03-31", 4], ["2025-05-31", 8], ["2025-06-30", 10]);
    const onTrack = projectTarget({ trend: steady, target: 21, deadline: day("2025-12-31"), asOf: day("2025-06-30") });
    expect(onTrack.status).toBe("ON_TRACK");
    expect(onTrack.pacePerMonth).toBeCloseTo(10 / (150 / 30.44), 5);
    const atRisk = projectTarget({ trend: steady, target: 27, deadline: day("2025-12-31"), asOf: day("2025-06-30") });
    expect(atRisk.status).toBe("AT_RISK");
  });

  it("a target already met is met, whatever the pace", () => {
    expect(
      projectTarget({
        trend: trend(["2025-05-31", 21]),
        target: 21,
        deadline: day("2025-12-31"),
        asOf: day("2025-05-31"),
      }).status,
    ).toBe("MET");
  });

  it("a deadline passed without the target is missed", () => {
    const result = projectTarget({
      trend: trend(["2025-12-31", 5], ["2026-11-25", 9]),
      target: 21,
      deadline: day("2025-12-31"),
      asOf: day("2026-11-25"),
    });
    expect(result).toMatchObject({ status: "MISSED", projected: 9 });
  });

  it("never projects a decline", () => {
    const falling = trend(["2025-01-31", 6], ["2025-06-30", 3]);
    expect(
      projectTarget({ trend: falling, target: 5, deadline: day("2025-12-31"), asOf: day("2025-06-30") }),
    ).toMatchObject({ pacePerMonth: 0, projected: 3 });
  });
});
