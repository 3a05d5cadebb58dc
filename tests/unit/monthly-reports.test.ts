import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dueDateOf, dhis2Period, isPeriod, periodsEndingWith, shiftPeriod } from "@/lib/dates/periods";
import {
  dataValueSetCsv,
  dataValueSetJson,
  metadataJson,
  puskesmasOrgUnitCode,
  regionOrgUnitCode,
  stableUid,
} from "@/lib/monthly-reports/dhis2";
import { isTrendType, monthFigure, trendOf } from "@/lib/monthly-reports/trend";
import { cellState, reportingRates, type ReportCell } from "@/lib/monthly-reports/rates";
import { checkValue, isFarFromPrevious, type ElementRule } from "@/lib/monthly-reports/values";

const FIXTURES = path.resolve(import.meta.dirname, "../fixtures/dhis2");
const rule = (
  valueType: ElementRule["valueType"],
  min: number | null = null,
  max: number | null = null,
): ElementRule => ({
  valueType,
  min,
  max,
  required: false,
});

describe("value validation by type and limits", () => {
  it("reads whole numbers within limits, and empty as not entered (never 0)", () => {
    expect(checkValue(rule("INTEGER", 0), "12")).toEqual({ ok: true, value: "12" });
    expect(checkValue(rule("INTEGER", 0), " 007 ")).toEqual({ ok: true, value: "7" });
    expect(checkValue(rule("INTEGER", 0), "")).toEqual({ ok: true, value: null });
    expect(checkValue(rule("INTEGER", 0), "1.5")).toMatchObject({ ok: false, messageKey: "monthly.errors.integer" });
    expect(checkValue(rule("INTEGER", 0), "dua")).toMatchObject({ ok: false, messageKey: "monthly.errors.integer" });
    expect(checkValue(rule("INTEGER", 0), "-1")).toMatchObject({ ok: false, messageKey: "monthly.errors.min" });
    expect(checkValue(rule("INTEGER", 0, 31), "32")).toMatchObject({ ok: false, messageKey: "monthly.errors.max" });
  });

  it("reads percentages 0–100 with a comma or a point", () => {
    expect(checkValue(rule("PERCENT"), "87,5")).toEqual({ ok: true, value: "87.5" });
    expect(checkValue(rule("PERCENT"), "100")).toEqual({ ok: true, value: "100" });
    expect(checkValue(rule("PERCENT"), "100.5")).toMatchObject({ ok: false, messageKey: "monthly.errors.percent" });
    expect(checkValue(rule("PERCENT"), "50%")).toMatchObject({ ok: false, messageKey: "monthly.errors.percent" });
  });

  it("reads yes/no as DHIS2's true/false, and short text without control characters", () => {
    expect(checkValue(rule("YES_NO"), "true")).toEqual({ ok: true, value: "true" });
    expect(checkValue(rule("YES_NO"), "ya")).toMatchObject({ ok: false, messageKey: "monthly.errors.yesNo" });
    expect(checkValue(rule("TEXT"), "  Banjir di dua desa ")).toEqual({ ok: true, value: "Banjir di dua desa" });
    expect(checkValue(rule("TEXT"), "a\u0000b")).toMatchObject({ ok: false, messageKey: "errors.controlCharacters" });
    expect(checkValue(rule("TEXT"), "x".repeat(201))).toMatchObject({
      ok: false,
      messageKey: "monthly.errors.tooLong",
    });
  });
});

describe("the outlier rule", () => {
  it("judges nothing without two earlier months", () => {
    expect(isFarFromPrevious(1000, [])).toBe(false);
    expect(isFarFromPrevious(1000, [10])).toBe(false);
  });

  it("flags a value more than half the median, and at least 5, away from it", () => {
    expect(isFarFromPrevious(40, [20, 22, 18])).toBe(true); // median 20, limit 10
    expect(isFarFromPrevious(30, [20, 22, 18])).toBe(false); // exactly 10 away: not beyond
    expect(isFarFromPrevious(5, [20, 22, 18])).toBe(true);
    expect(isFarFromPrevious(7, [2, 2])).toBe(false); // small numbers: at least 5 away
    expect(isFarFromPrevious(8, [2, 2])).toBe(true);
  });
});

describe("periods", () => {
  it("shifts months across years and names the due day of the following month", () => {
    expect(isPeriod("2026-10")).toBe(true);
    expect(isPeriod("2026-13")).toBe(false);
    expect(shiftPeriod("2026-01", -1)).toBe("2025-12");
    expect(shiftPeriod("2026-12", 1)).toBe("2027-01");
    expect(periodsEndingWith("2026-02", 3)).toEqual(["2025-12", "2026-01", "2026-02"]);
    expect(dueDateOf("2026-12", 10)).toBe("2027-01-10");
    expect(dhis2Period("2026-10")).toBe("202610");
  });
});

describe("reporting rate and on-time rate", () => {
  const cell = (fields: Partial<ReportCell>): ReportCell => ({
    expected: true,
    status: null,
    firstSubmittedOn: null,
    dueOn: "2026-11-10",
    ...fields,
  });

  it("counts submitted and approved reports over expected ones; on time by the first submission", () => {
    const cells = [
      cell({ status: "APPROVED", firstSubmittedOn: "2026-11-05" }),
      cell({ status: "SUBMITTED", firstSubmittedOn: "2026-11-10" }),
      cell({ status: "SUBMITTED", firstSubmittedOn: "2026-11-11" }),
      cell({ status: "RETURNED", firstSubmittedOn: "2026-11-03" }),
      cell({ status: "DRAFT" }),
      cell({}),
      cell({ expected: false, status: "APPROVED", firstSubmittedOn: "2026-11-01" }),
    ];
    expect(reportingRates(cells, "2026-11-29")).toEqual({
      expected: 6,
      submitted: 3,
      onTime: 2,
      approved: 1,
      late: 3,
      reportingRate: 50,
      onTimeRate: 33.3,
      approvedRate: 16.7,
    });
  });

  it("gives no rate (null, not 0) for a month with no expected reports", () => {
    const rates = reportingRates([cell({ expected: false })], "2026-11-29");
    expect(rates).toMatchObject({ expected: 0, reportingRate: null, onTimeRate: null, approvedRate: null });
    expect(reportingRates([], "2026-11-29").reportingRate).toBeNull();
  });

  it("calls a missing report late only after its due day", () => {
    expect(cellState(cell({}), "2026-11-10")).toBe("NOT_YET_DUE");
    expect(cellState(cell({}), "2026-11-11")).toBe("LATE");
    expect(cellState(cell({ status: "DRAFT" }), "2026-11-11")).toBe("LATE");
    expect(cellState(cell({ expected: false }), "2026-11-11")).toBe("NOT_EXPECTED");
    expect(cellState(cell({ status: "RETURNED" }), "2026-11-11")).toBe("RETURNED");
  });
});

describe("DHIS2 serialisation", () => {
  const values = [
    { dataElement: "ILP_KUNJUNGAN_RUMAH", period: "202610", orgUnit: puskesmasOrgUnitCode("1011912"), value: "42" },
    {
      dataElement: "ILP_LOKMIN",
      period: "202610",
      orgUnit: puskesmasOrgUnitCode("1011912"),
      value: "true",
      comment: "Lokmin pertama setelah banjir",
    },
  ];

  it("writes the dataValueSets JSON of the documentation's shape", () => {
    const fixture = JSON.parse(fs.readFileSync(path.join(FIXTURES, "data-value-set.json"), "utf8"));
    expect(dataValueSetJson("ILP_BULANAN", "2026-11-12", values)).toEqual(fixture);
  });

  it("writes the CSV data value format: positional columns after a header row", () => {
    const fixture = fs.readFileSync(path.join(FIXTURES, "data-value-set.csv"), "utf8");
    expect(dataValueSetCsv(values)).toBe(fixture);
  });

  it("names org units by the documented code scheme and gives stable DHIS2 uids", () => {
    expect(regionOrgUnitCode("17.02.11")).toBe("KMD-17.02.11");
    expect(puskesmasOrgUnitCode("1011912")).toBe("PKM-1011912");
    const keys = JSON.parse(fs.readFileSync(path.join(FIXTURES, "metadata-keys.json"), "utf8"));
    expect(stableUid("orgUnit", "PKM-1011912")).toMatch(new RegExp(keys.uid));
    expect(stableUid("orgUnit", "PKM-1011912")).toBe(stableUid("orgUnit", "PKM-1011912"));
    expect(stableUid("orgUnit", "PKM-1011912")).not.toBe(stableUid("orgUnit", "PKM-1011913"));
  });

  it("writes metadata with the hierarchy province → kabupaten → kecamatan → puskesmas", () => {
    const keys = JSON.parse(fs.readFileSync(path.join(FIXTURES, "metadata-keys.json"), "utf8"));
    const metadata = metadataJson({
      dataSet: { code: "ILP_BULANAN", name: "Laporan bulanan ILP" },
      openingDate: "2000-01-01",
      orgUnits: [
        { kind: "region", code: "17", name: "Bengkulu", parentCode: null },
        { kind: "region", code: "17.02", name: "Rejang Lebong", parentCode: "17" },
        { kind: "region", code: "17.02.11", name: "Selupu Rejang", parentCode: "17.02" },
        { kind: "puskesmas", code: "1011912", name: "Sumber Urip", parentCode: "17.02.11" },
      ],
      elements: [{ code: "ILP_LOKMIN", name: "Lokakarya mini", valueType: "YES_NO", definition: "Lokmin bulan ini" }],
    });
    for (const unit of metadata.organisationUnits)
      expect(Object.keys(unit).every((key) => keys.organisationUnits.includes(key))).toBe(true);
    const [province, district, kecamatan, puskesmas] = metadata.organisationUnits;
    expect(province).not.toHaveProperty("parent");
    expect(district!.parent).toEqual({ id: province!.id });
    expect(kecamatan!.parent).toEqual({ id: district!.id });
    expect(puskesmas).toMatchObject({ code: "PKM-1011912", parent: { id: kecamatan!.id } });
    expect(Object.keys(metadata.dataElements[0]!).sort()).toEqual([...keys.dataElements].sort());
    expect(keys.valueTypes).toContain(metadata.dataElements[0]!.valueType);
    expect(Object.keys(metadata.dataSets[0]!).sort()).toEqual([...keys.dataSets].sort());
    expect(metadata.dataSets[0]).toMatchObject({ periodType: "Monthly", organisationUnits: [{ id: puskesmas!.id }] });
  });
});

describe("an element's trend over the puskesmas that reported", () => {
  const periods = ["2026-08", "2026-09", "2026-10"];

  it("sums whole numbers with the number of reporting puskesmas; a month without reports is null, never 0", () => {
    const rows = [
      { period: "2026-08", value: "12" },
      { period: "2026-08", value: "30" },
      { period: "2026-10", value: "0" },
    ];
    expect(trendOf("INTEGER", periods, rows)).toEqual([
      { period: "2026-08", value: 42, reporting: 2 },
      { period: "2026-09", value: null, reporting: 0 },
      { period: "2026-10", value: 0, reporting: 1 },
    ]);
  });

  it("averages percentages and counts yes answers out of the reporting puskesmas", () => {
    expect(monthFigure("PERCENT", "2026-10", ["80", "90.5", "100"])).toEqual({
      period: "2026-10",
      value: 90.2,
      reporting: 3,
    });
    expect(monthFigure("YES_NO", "2026-10", ["true", "false", "true"])).toEqual({
      period: "2026-10",
      value: 2,
      reporting: 3,
    });
    expect(monthFigure("YES_NO", "2026-10", [])).toEqual({ period: "2026-10", value: null, reporting: 0 });
    expect(isTrendType("TEXT")).toBe(false);
    expect(isTrendType("INTEGER")).toBe(true);
  });

  it("ignores rows of months outside the trend", () => {
    expect(trendOf("INTEGER", ["2026-10"], [{ period: "2026-07", value: "5" }])).toEqual([
      { period: "2026-10", value: null, reporting: 0 },
    ]);
  });
});
