import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { getNationalComparison, getProvinceComparison } from "@/lib/comparison/queries";
import { createPrismaClient } from "@/lib/db/client";
import { indicatorValue, sumFacts, type IndicatorFacts } from "@/lib/indicators/definitions";
import { reportExpected } from "@/lib/rules/report-expected";
import { withScope } from "@/lib/server/scoped-db";
import { actAs } from "../support/act-as";
import { createPuskesmas, district } from "../support/factories";
import { ensureUser } from "../support/tenancy-fixtures";

// Reporting completeness in the comparison tables, against a hand-built
// example in Lampung (18), whose districts hold no seeded facilities.

const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
afterAll(() => owner.$disconnect());

const day = (text: string) => new Date(`${text}T00:00:00Z`);
let dataSetId = "";

async function signedIn(username: string) {
  return (await actAs((await owner.user.findUniqueOrThrow({ where: { username } })).id))!;
}

type Report = {
  status: "DRAFT" | "SUBMITTED" | "RETURNED" | "APPROVED";
  period?: string;
  firstSubmittedAt?: string;
  isSynthetic?: boolean;
};
async function report(puskesmas: { id: string; districtId: string }, spec: Report) {
  await owner.monthlyReport.create({
    data: {
      districtId: puskesmas.districtId,
      puskesmasId: puskesmas.id,
      dataSetId,
      period: spec.period ?? "2025-06",
      status: spec.status,
      firstSubmittedAt: spec.firstSubmittedAt ? new Date(spec.firstSubmittedAt) : null,
      reviewComment: spec.status === "RETURNED" ? "Periksa lagi" : null,
      isSynthetic: spec.isSynthetic ?? false,
    },
  });
}

beforeAll(async () => {
  dataSetId = (await owner.dataSet.findFirstOrThrow({ orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).id;
  const lampung = await owner.region.findUniqueOrThrow({ where: { code: "18" } });
  const barat = await district(owner, "18.01");
  const tanggamus = await district(owner, "18.02");

  // Lampung Barat, June 2025. Expected: A, D, E, F, G, H (open during June); B opened in July, C closed on 1 June.
  const a = await createPuskesmas(owner, barat, { openedOn: "2010-01-01" });
  const b = await createPuskesmas(owner, barat, { openedOn: "2025-07-01" });
  const c = await createPuskesmas(owner, barat, { closedAt: "2025-06-01" });
  const d = await createPuskesmas(owner, barat);
  const e = await createPuskesmas(owner, barat);
  const f = await createPuskesmas(owner, barat);
  const g = await createPuskesmas(owner, barat, { closedAt: "2025-06-02" });
  await createPuskesmas(owner, barat); // H: no report at all
  await report(a, { status: "APPROVED", firstSubmittedAt: "2025-07-05T03:00:00Z" });
  // 15 July 18:00 UTC is 16 July 01:00 WIB: not yet submitted on 15 July in Lampung's own time.
  await report(d, { status: "SUBMITTED", firstSubmittedAt: "2025-07-15T18:00:00Z" });
  await report(d, { status: "APPROVED", period: "2025-05", firstSubmittedAt: "2025-06-03T03:00:00Z" });
  await report(e, { status: "RETURNED", firstSubmittedAt: "2025-07-03T03:00:00Z" });
  await report(f, { status: "DRAFT" });
  await report(g, { status: "APPROVED", firstSubmittedAt: "2025-07-08T03:00:00Z", isSynthetic: true });
  // Submitted although not expected: counted nowhere.
  await report(b, { status: "SUBMITTED", firstSubmittedAt: "2025-07-02T03:00:00Z" });
  await report(c, { status: "SUBMITTED", firstSubmittedAt: "2025-07-02T03:00:00Z" });

  // Tanggamus: one puskesmas, its June report approved.
  const t = await createPuskesmas(owner, tanggamus);
  await report(t, { status: "APPROVED", firstSubmittedAt: "2025-07-10T03:00:00Z" });

  await ensureUser(owner, "provinsi.lampung.lengkap", "PROVINCE_OFFICIAL", lampung.id);
});

const factsOf = (rows: { code: string; facts: IndicatorFacts }[], code: string) =>
  rows.find((row) => row.code === code)!.facts;

describe("reporting completeness in the comparison tables", () => {
  it("counts June's reports by hand on 15 and 16 July 2025 (the district's local day)", async () => {
    const user = await signedIn("provinsi.lampung.lengkap");
    const july15 = await withScope(user.scope, (ctx) => getProvinceComparison(ctx, "18", day("2025-07-15")));
    const barat = factsOf(july15.rows, "18.01");
    expect(barat.counts).toMatchObject({ reportsExpected: 6, reportsSubmitted: 2, reportsSynthetic: 1 });
    expect(indicatorValue("reportingCompleteness", barat)).toMatchObject({
      numerator: 2,
      denominator: 6,
      share: 2 / 6,
      state: "COMPLETE",
      provenance: "MIXED", // one of the two reports counted is synthetic
    });
    expect(indicatorValue("reportingCompleteness", factsOf(july15.rows, "18.02"))).toMatchObject({
      numerator: 1,
      denominator: 1,
      share: 1,
      provenance: "RECORDED",
    });
    // A district expecting no report shows no figure, never 0.
    const empty = indicatorValue("reportingCompleteness", factsOf(july15.rows, "18.03"));
    expect(empty).toMatchObject({ state: "NO_DATA", share: null, provenance: null });

    // The province total is the sum of its districts, for this indicator and every other.
    expect(july15.total).toEqual(sumFacts(july15.rows.map((row) => row.facts)));
    expect(indicatorValue("reportingCompleteness", july15.total)).toMatchObject({
      numerator: 3,
      denominator: 7,
      state: "PARTIAL", // most Lampung districts expect nothing: the total says over how many it is
    });

    const july16 = await withScope(user.scope, (ctx) => getProvinceComparison(ctx, "18", day("2025-07-16")));
    expect(indicatorValue("reportingCompleteness", factsOf(july16.rows, "18.01"))).toMatchObject({
      numerator: 3,
      denominator: 6,
    });
    // In August the month is July: nothing submitted for it yet, six puskesmas expected (B opened; C and G closed).
    const august = await withScope(user.scope, (ctx) => getProvinceComparison(ctx, "18", day("2025-08-03")));
    expect(indicatorValue("reportingCompleteness", factsOf(august.rows, "18.01"))).toMatchObject({
      numerator: 0,
      denominator: 6,
      share: 0,
      state: "COMPLETE",
    });
  });

  it("agrees with the TypeScript rule on which puskesmas are expected", async () => {
    const user = await signedIn("provinsi.lampung.lengkap");
    const barat = await district(owner, "18.01");
    const puskesmas = await owner.facility.findMany({
      where: { districtId: barat.id, type: "PUSKESMAS" },
      select: { openedOn: true, closedAt: true },
    });
    for (const [asOf, period, current] of [
      ["2025-07-15", "2025-06", "2025-07"],
      ["2025-08-03", "2025-07", "2025-08"],
      ["2025-06-20", "2025-05", "2025-06"],
    ] as const) {
      const comparison = await withScope(user.scope, (ctx) => getProvinceComparison(ctx, "18", day(asOf)));
      const expected = puskesmas.filter((unit) => reportExpected(unit, period, current)).length;
      expect(factsOf(comparison.rows, "18.01").counts.reportsExpected ?? 0, asOf).toBe(expected);
    }
  });

  it("sums the national view from the same district rows, completeness included", async () => {
    const user = await signedIn("admin.nasional");
    const national = await withScope(user.scope, (ctx) => getNationalComparison(ctx, day("2025-07-15")));
    expect(national.total).toEqual(sumFacts(national.rows.map((row) => row.facts)));
    expect(national.total).toEqual(sumFacts(national.districtRows.map((row) => row.facts)));
    const province = await withScope(user.scope, (ctx) => getProvinceComparison(ctx, "18", day("2025-07-15")));
    expect(factsOf(national.rows, "18")).toEqual(province.total);
    const completeness = indicatorValue("reportingCompleteness", national.total);
    // The seeded demo puskesmas expect June's report too, and reported none.
    expect(completeness.numerator).toBe(3);
    expect(completeness.denominator).toBeGreaterThan(7);
  });
});
