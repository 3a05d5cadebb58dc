import { describe, expect, it } from "vitest";
import { emptyFacts, indicatorValue, sumFacts, withFigures, type IndicatorFacts } from "@/lib/indicators/definitions";
import { reportExpected } from "@/lib/rules/report-expected";

/** A district's facts with the completeness counts given. */
function district(expected: number, submitted: number, synthetic = 0): IndicatorFacts {
  const facts = emptyFacts();
  facts.districts = 1;
  facts.puskesmas = { total: expected, implementing: 0, withRoster: 0 };
  facts.counts = { reportsExpected: expected, reportsSubmitted: submitted, reportsSynthetic: synthetic };
  return withFigures(facts);
}

describe("the reporting completeness indicator", () => {
  it("shows no figure when no report is expected, never 0", () => {
    expect(indicatorValue("reportingCompleteness", district(0, 0))).toMatchObject({
      state: "NO_DATA",
      share: null,
      provenance: null,
    });
  });

  it("is a real 0 when reports were expected and none came", () => {
    expect(indicatorValue("reportingCompleteness", district(10, 0))).toMatchObject({
      numerator: 0,
      denominator: 10,
      share: 0,
      state: "COMPLETE",
    });
  });

  it("says when the reports counted are synthetic", () => {
    expect(indicatorValue("reportingCompleteness", district(10, 4)).provenance).toBe("RECORDED");
    expect(indicatorValue("reportingCompleteness", district(10, 4, 1)).provenance).toBe("MIXED");
    expect(indicatorValue("reportingCompleteness", district(10, 4, 4)).provenance).toBe("ILLUSTRATIVE");
  });

  it("sums districts, and says over how many districts a total is when one expects nothing", () => {
    const total = sumFacts([district(0, 0), district(5, 4), district(3, 3)]);
    expect(indicatorValue("reportingCompleteness", total)).toMatchObject({
      numerator: 7,
      denominator: 8,
      share: 7 / 8,
      state: "PARTIAL",
      coverage: { covered: 2, of: 3 },
    });
  });
});

describe("whether a report is expected", () => {
  const day = (text: string) => new Date(`${text}T00:00:00Z`);
  it("from a puskesmas open during a month that is over", () => {
    const open = { openedOn: null, closedAt: null };
    expect(reportExpected(open, "2025-06", "2025-07")).toBe(true);
    expect(reportExpected(open, "2025-07", "2025-07")).toBe(false); // the month is not over
    expect(reportExpected({ openedOn: day("2025-06-30"), closedAt: null }, "2025-06", "2025-07")).toBe(true);
    expect(reportExpected({ openedOn: day("2025-07-01"), closedAt: null }, "2025-06", "2025-07")).toBe(false);
    expect(reportExpected({ openedOn: null, closedAt: day("2025-06-01") }, "2025-06", "2025-07")).toBe(false);
    expect(reportExpected({ openedOn: null, closedAt: day("2025-06-02") }, "2025-06", "2025-07")).toBe(true);
  });
});
