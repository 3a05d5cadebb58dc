import { describe, expect, it } from "vitest";
import { targetProgress } from "@/lib/rollout/target-progress";

describe("target progress", () => {
  it("reports Rejang Lebong's 1 of 21", () => {
    const progress = targetProgress(1, 21, new Date("2025-12-31"), new Date("2024-07-30"));
    expect(progress).toEqual({ achieved: 1, target: 21, percent: 4, remaining: 20, met: false, daysLeft: 519 });
  });

  it("caps at 100% and counts a target met", () => {
    expect(targetProgress(25, 21, new Date("2025-12-31"), new Date("2025-12-31"))).toMatchObject({
      percent: 100,
      remaining: 0,
      met: true,
      daysLeft: 0,
    });
  });

  it("goes negative once the deadline has passed", () => {
    expect(targetProgress(0, 19, new Date("2025-12-31"), new Date("2026-11-25")).daysLeft).toBe(-329);
  });

  it("rejects nonsense", () => {
    expect(() => targetProgress(1, 0, new Date(), new Date())).toThrow(RangeError);
    expect(() => targetProgress(-1, 5, new Date(), new Date())).toThrow(RangeError);
    expect(() => targetProgress(1.5, 5, new Date(), new Date())).toThrow(RangeError);
  });
});
