import { describe, expect, it } from "vitest";
import { logLevel } from "@/lib/runtime/logger";
import { durationMs, isRoutine, routeOf } from "@/lib/runtime/request-log";
import { errorIdOf } from "@/lib/runtime/request-error";

describe("request log fields", () => {
  it("logs the path without the query string or fragment", () => {
    expect(routeOf("/kabupaten/17.02?cari=nama%20orang&hal=2")).toBe("/kabupaten/17.02");
    expect(routeOf("/masuk#x")).toBe("/masuk");
    expect(routeOf(undefined)).toBe("/");
    expect(routeOf("http://evil/")).toBe("/");
  });

  it("puts Next's assets and the health probes at debug level, nothing else", () => {
    expect(isRoutine("/_next/static/chunks/a.js")).toBe(true);
    expect(isRoutine("/api/health")).toBe(true);
    expect(isRoutine("/api/health/live")).toBe(true);
    expect(isRoutine("/kabupaten/17.02")).toBe(false);
    expect(isRoutine("/api/export/audit")).toBe(false);
  });

  it("gives durations in milliseconds with two decimals", () => {
    expect(durationMs(BigInt(0), BigInt(12_345_678))).toBe(12.35);
  });

  it("checks LOG_LEVEL instead of silencing the server on a typo", () => {
    expect(logLevel(undefined)).toBe("info");
    expect(logLevel("debug")).toBe("debug");
    expect(() => logLevel("verbose")).toThrow(/LOG_LEVEL must be one of/);
  });

  it("takes the error id from Next's digest only", () => {
    expect(errorIdOf(Object.assign(new Error("x"), { digest: "2718281828" }))).toBe("2718281828");
    expect(errorIdOf(new Error("x"))).toBeUndefined();
    expect(errorIdOf(null)).toBeUndefined();
  });
});
