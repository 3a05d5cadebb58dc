import { describe, expect, it } from "vitest";
import { checkTargetBound, targetCeiling } from "@/lib/targets/bounds";

describe("target bounds", () => {
  it("allow the network plus 10% or 5, whichever is more, for facility targets", () => {
    expect(targetCeiling("PUSKESMAS_MENERAPKAN", 21)).toBe(26);
    expect(targetCeiling("PUSTU_MENERAPKAN", 95)).toBe(105);
    expect(targetCeiling("POSYANDU_MENERAPKAN", 0)).toBe(5);
  });
  it("allow no margin for targets counted in desa", () => {
    expect(targetCeiling("DESA_DENGAN_PUSTU", 163)).toBe(163);
    expect(targetCeiling("DESA_PUSTU_DIDAMPINGI", 163)).toBe(163);
  });
  it("refuse 99,999 puskesmas for a district of 21", () => {
    expect(checkTargetBound("PUSKESMAS_MENERAPKAN", 99_999, 21)).toEqual({
      verdict: "refuse",
      network: 21,
      ceiling: 26,
    });
    expect(checkTargetBound("PUSKESMAS_MENERAPKAN", 27, 21)).toMatchObject({ verdict: "refuse" });
  });
  it("warn above today's network, up to the ceiling; accept up to the network", () => {
    expect(checkTargetBound("PUSKESMAS_MENERAPKAN", 26, 21)).toEqual({ verdict: "warn", network: 21 });
    expect(checkTargetBound("PUSKESMAS_MENERAPKAN", 22, 21)).toEqual({ verdict: "warn", network: 21 });
    expect(checkTargetBound("PUSKESMAS_MENERAPKAN", 21, 21)).toEqual({ verdict: "ok" });
    expect(checkTargetBound("DESA_DENGAN_PUSTU", 164, 163)).toMatchObject({ verdict: "refuse" });
  });
});
