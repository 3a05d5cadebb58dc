import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_HEAP_MB, withHeapCap } from "@/lib/runtime/heap-cap";

describe("withHeapCap", () => {
  it("adds the default cap to empty options", () => {
    expect(withHeapCap(undefined, undefined)).toBe(`--max-old-space-size=${DEFAULT_MAX_HEAP_MB}`);
    expect(withHeapCap("", "")).toBe(`--max-old-space-size=${DEFAULT_MAX_HEAP_MB}`);
  });
  it("keeps the caller's options and takes the size from PANTAU_MAX_HEAP_MB", () => {
    expect(withHeapCap("--enable-source-maps", "384")).toBe("--enable-source-maps --max-old-space-size=384");
  });
  it("never overrides a cap the caller set", () => {
    expect(withHeapCap("--max-old-space-size=1024", "256")).toBe("--max-old-space-size=1024");
  });
  it("leaves V8's default with 0", () => {
    expect(withHeapCap("--enable-source-maps", "0")).toBe("--enable-source-maps");
  });
  it("refuses a size that is not a whole number", () => {
    expect(() => withHeapCap(undefined, "lots")).toThrow(/PANTAU_MAX_HEAP_MB/);
    expect(() => withHeapCap(undefined, "-5")).toThrow(/PANTAU_MAX_HEAP_MB/);
  });
});
