import { describe, expect, it } from "vitest";
import { checkStageTransition } from "@/lib/rollout/stages";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe("ILP stage transitions", () => {
  it("allows moving forward, skipping stages", () => {
    expect(
      checkStageTransition({
        from: "BELUM",
        to: "PERSIAPAN",
        note: "",
        effectiveDate: day("2024-08-01"),
        currentSince: null,
      }),
    ).toEqual({ ok: true, direction: "forward" });
    expect(
      checkStageTransition({
        from: "BELUM",
        to: "MENERAPKAN",
        note: "",
        effectiveDate: day("2024-08-01"),
        currentSince: null,
      }).ok,
    ).toBe(true);
  });

  it("needs a reason to move backward", () => {
    expect(
      checkStageTransition({
        from: "MENERAPKAN",
        to: "UJI_COBA",
        note: "  ",
        effectiveDate: day("2025-01-01"),
        currentSince: day("2024-07-30"),
      }),
    ).toEqual({ ok: false, reason: "REASON_REQUIRED" });
    expect(
      checkStageTransition({
        from: "MENERAPKAN",
        to: "UJI_COBA",
        note: "Tim kerja bubar",
        effectiveDate: day("2025-01-01"),
        currentSince: day("2024-07-30"),
      }),
    ).toEqual({ ok: true, direction: "backward" });
  });

  it("refuses a non-move and a change dated before the current stage began", () => {
    expect(
      checkStageTransition({
        from: "PERSIAPAN",
        to: "PERSIAPAN",
        note: "x",
        effectiveDate: day("2025-01-01"),
        currentSince: null,
      }),
    ).toEqual({ ok: false, reason: "SAME_STAGE" });
    expect(
      checkStageTransition({
        from: "PERSIAPAN",
        to: "UJI_COBA",
        note: "",
        effectiveDate: day("2024-01-01"),
        currentSince: day("2024-07-30"),
      }),
    ).toEqual({ ok: false, reason: "BEFORE_CURRENT" });
  });
});
