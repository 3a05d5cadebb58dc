import { describe, expect, it } from "vitest";
import { asOfOrToday, ZAsOf } from "@/lib/dashboard/schemas";
import { recordDateProblem } from "@/lib/dates/rules";
import { todayIn } from "@/lib/dates";
import { isoLocalDateTime, startOfLocalDay } from "@/lib/dates/instants";

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe("the date rule of activities and cluster assignments", () => {
  const today = day("2026-11-30");
  it("allows a day between the floor, the facility's opening and today", () => {
    expect(recordDateProblem(day("2022-01-01"), { today })).toBeNull();
    expect(recordDateProblem(day("2026-11-30"), { today, openedOn: [day("2024-06-01"), null] })).toBeNull();
  });
  it("refuses a day before the floor (DATE_FLOOR, 2022-01-01 by default)", () => {
    expect(recordDateProblem(day("2021-12-31"), { today })).toEqual({
      messageKey: "errors.dateBeforeFloor",
      values: { date: "1 Januari 2022", iso: "2022-01-01" },
    });
  });
  it("refuses a day before the latest opening of the facilities involved", () => {
    expect(
      recordDateProblem(day("2024-06-30"), { today, openedOn: [day("2024-06-01"), day("2024-07-01"), null] }),
    ).toEqual({
      messageKey: "errors.dateBeforeOpened",
      values: { date: "1 Juli 2024", iso: "2024-07-01" },
    });
  });
  it("refuses the district's tomorrow unless the record is planned", () => {
    expect(recordDateProblem(day("2026-12-01"), { today })).toEqual({
      messageKey: "errors.dateInFuture",
      values: { date: "30 November 2026", iso: "2026-11-30" },
    });
    expect(recordDateProblem(day("2027-03-01"), { today, allowFuture: true })).toBeNull();
  });
  it("dates a change at 01:00 WIB today, although the UTC day is still yesterday", () => {
    const at0100Wib = new Date("2026-11-29T18:00:00Z");
    expect(recordDateProblem(day("2026-11-30"), { today: todayIn("Asia/Jakarta", at0100Wib) })).toBeNull();
    expect(
      recordDateProblem(day("2026-11-30"), { today: todayIn("Asia/Jakarta", new Date("2026-11-29T16:59:00Z")) }),
    ).toMatchObject({ messageKey: "errors.dateInFuture" });
  });
});

describe("the as-of date of dashboards", () => {
  it("refuses impossible dates and falls back to the district's today", () => {
    expect(ZAsOf.parse("2025-02-29")).toBeUndefined();
    expect(ZAsOf.parse("2025-13-01")).toBeUndefined();
    expect(ZAsOf.parse(["2024-02-29"])?.toISOString()).toBe("2024-02-29T00:00:00.000Z");
    expect(asOfOrToday("2025-02-30", "Asia/Jayapura")).toEqual({ date: todayIn("Asia/Jayapura"), isToday: true });
    expect(asOfOrToday("2099-01-01", "Asia/Makassar")).toEqual({ date: todayIn("Asia/Makassar"), isToday: true });
    expect(asOfOrToday("2024-05-01")).toEqual({ date: day("2024-05-01"), isToday: false });
  });
});

describe("instants in the district's zone", () => {
  it("begins a local day at midnight there", () => {
    expect(startOfLocalDay("2026-11-30", "Asia/Jakarta")?.toISOString()).toBe("2026-11-29T17:00:00.000Z");
    expect(startOfLocalDay("2026-11-30", "Asia/Makassar")?.toISOString()).toBe("2026-11-29T16:00:00.000Z");
    expect(startOfLocalDay("2026-11-30", "Asia/Jayapura")?.toISOString()).toBe("2026-11-29T15:00:00.000Z");
    expect(startOfLocalDay("2026-02-30", "Asia/Jakarta")).toBeNull();
  });
  it("writes an instant for exports with its zone", () => {
    expect(isoLocalDateTime(new Date("2026-11-29T16:30:00Z"), "Asia/Jakarta")).toBe("2026-11-29 23:30 WIB");
    expect(isoLocalDateTime(new Date("2026-11-29T16:30:00Z"), "Asia/Makassar")).toBe("2026-11-30 00:30 WITA");
    expect(isoLocalDateTime(new Date("2026-11-29T15:30:00Z"), "Asia/Jayapura")).toBe("2026-11-30 00:30 WIT");
  });
});
