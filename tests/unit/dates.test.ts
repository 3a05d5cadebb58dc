import { describe, expect, it } from "vitest";
import {
  formatIndonesianDate,
  formatIndonesianDateTime,
  isRealIsoDate,
  localIsoDate,
  timeZoneOfRegion,
  todayIn,
  toIsoDate,
} from "@/lib/dates";
import { ZIsoDate } from "@/lib/dates/schema";

describe("time zones of regions", () => {
  it.each([
    ["17.02", "Asia/Jakarta"],
    ["61.03", "Asia/Jakarta"],
    ["62", "Asia/Jakarta"],
    ["51.71", "Asia/Makassar"],
    ["64.01", "Asia/Makassar"],
    ["76.01", "Asia/Makassar"],
    ["81.01", "Asia/Jayapura"],
    ["96.01", "Asia/Jayapura"],
  ])("%s is in %s", (code, zone) => expect(timeZoneOfRegion(code)).toBe(zone));
});

describe("today in the district's zone", () => {
  // 23:30 and 00:30 local, for each zone (UTC+7, +8, +9).
  it.each([
    ["Asia/Jakarta", "2026-11-29T16:30:00Z", "2026-11-29"],
    ["Asia/Jakarta", "2026-11-29T17:30:00Z", "2026-11-30"],
    ["Asia/Makassar", "2026-11-29T15:30:00Z", "2026-11-29"],
    ["Asia/Makassar", "2026-11-29T16:30:00Z", "2026-11-30"],
    ["Asia/Jayapura", "2026-11-29T14:30:00Z", "2026-11-29"],
    ["Asia/Jayapura", "2026-11-29T15:30:00Z", "2026-11-30"],
  ] as const)("%s at %s is %s", (zone, instant, expected) => {
    expect(localIsoDate(new Date(instant), zone)).toBe(expected);
    expect(todayIn(zone, new Date(instant)).toISOString()).toBe(`${expected}T00:00:00.000Z`);
  });
});

describe("ISO dates", () => {
  it("gives each instant's UTC day, the same on every call (remembered), and refuses an invalid date", () => {
    const instants = [Date.UTC(2024, 6, 30), Date.UTC(2024, 6, 30, 23, 59, 59, 999), Date.UTC(1999, 11, 31, 12)];
    for (let round = 0; round < 2; round += 1) {
      expect(instants.map((time) => toIsoDate(new Date(time)))).toEqual(["2024-07-30", "2024-07-30", "1999-12-31"]);
    }
    for (let day = 0; day < 5000; day += 1) {
      const date = new Date(Date.UTC(2020, 0, 1 + day));
      expect(toIsoDate(date)).toBe(date.toISOString().slice(0, 10));
    }
    expect(() => toIsoDate(new Date(Number.NaN))).toThrow(RangeError);
  });
  it("refuses impossible dates", () => {
    expect(isRealIsoDate("2026-02-30")).toBe(false);
    expect(isRealIsoDate("2026-13-01")).toBe(false);
    expect(isRealIsoDate("2026-00-10")).toBe(false);
    expect(isRealIsoDate("2024-02-29")).toBe(true);
    expect(isRealIsoDate("2025-02-29")).toBe(false);
    expect(ZIsoDate.safeParse("2026-02-30").success).toBe(false);
    expect(ZIsoDate.safeParse("29-11-2026").success).toBe(false);
    expect(ZIsoDate.parse("2026-11-29").toISOString()).toBe("2026-11-29T00:00:00.000Z");
  });

  it("formats in Indonesian", () => {
    expect(formatIndonesianDate(new Date("2026-11-29T00:00:00Z"))).toBe("29 November 2026");
    expect(formatIndonesianDateTime(new Date("2026-11-29T01:15:00Z"), "Asia/Makassar")).toBe(
      "29 November 2026 09.15 WITA",
    );
  });
});

describe("the date floor", () => {
  it("defaults to 1 January 2022 and follows DATE_FLOOR", async () => {
    const { dateFloor } = await import("@/lib/dates");
    const saved = process.env.DATE_FLOOR;
    try {
      delete process.env.DATE_FLOOR;
      expect(dateFloor().toISOString()).toBe("2022-01-01T00:00:00.000Z");
      process.env.DATE_FLOOR = "2023-06-01";
      expect(dateFloor().toISOString()).toBe("2023-06-01T00:00:00.000Z");
      process.env.DATE_FLOOR = "2023-02-30";
      expect(dateFloor().toISOString()).toBe("2022-01-01T00:00:00.000Z");
    } finally {
      if (saved === undefined) delete process.env.DATE_FLOOR;
      else process.env.DATE_FLOOR = saved;
    }
  });
});
