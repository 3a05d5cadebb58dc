import { afterEach, describe, expect, it } from "vitest";
import { dateFloor, todayIn } from "@/lib/dates";
import { recordDateProblem } from "@/lib/dates/rules";

const day = (text: string) => new Date(`${text}T00:00:00Z`);

describe("the stage date rule (recordDateProblem)", () => {
  const base = { floor: day("2022-01-01"), today: day("2026-11-29") };

  it("accepts today, the floor itself and the opening day", () => {
    expect(recordDateProblem(day("2026-11-29"), { ...base })).toBeNull();
    expect(recordDateProblem(day("2022-01-01"), { ...base })).toBeNull();
    expect(recordDateProblem(day("2023-05-02"), { ...base, openedOn: [day("2023-05-02")] })).toBeNull();
  });

  it("refuses 1 January 1900, a day before the opening, and tomorrow", () => {
    expect(recordDateProblem(day("1900-01-01"), { ...base })).toMatchObject({
      messageKey: "errors.dateBeforeFloor",
      values: { date: "1 Januari 2022" },
    });
    expect(recordDateProblem(day("2023-05-01"), { ...base, openedOn: [day("2023-05-02")] })).toMatchObject({
      messageKey: "errors.dateBeforeOpened",
      values: { date: "2 Mei 2023" },
    });
    expect(recordDateProblem(day("2026-11-30"), { ...base })).toMatchObject({ messageKey: "errors.dateInFuture" });
  });

  it("takes today in the district's zone: at 01:00 WIB the UTC date is still yesterday", () => {
    const at = new Date("2026-11-28T18:00:00Z"); // 29 Nov 01:00 WIB
    expect(recordDateProblem(day("2026-11-29"), { ...base, today: todayIn("Asia/Jakarta", at) })).toBeNull();
    expect(recordDateProblem(day("2026-11-30"), { ...base, today: todayIn("Asia/Jakarta", at) })).toMatchObject({
      messageKey: "errors.dateInFuture",
    });
  });
});

describe("dateFloor", () => {
  const saved = process.env.DATE_FLOOR;
  afterEach(() => {
    if (saved === undefined) delete process.env.DATE_FLOOR;
    else process.env.DATE_FLOOR = saved;
  });

  it("defaults to 1 January 2022 and follows DATE_FLOOR", () => {
    delete process.env.DATE_FLOOR;
    expect(dateFloor()).toEqual(day("2022-01-01"));
    process.env.DATE_FLOOR = "2023-07-01";
    expect(dateFloor()).toEqual(day("2023-07-01"));
  });
});
