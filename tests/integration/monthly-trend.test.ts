import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { currentPeriod, shiftPeriod } from "@/lib/dates/periods";
import { getElementTrend } from "@/lib/monthly-reports/queries";
import { withScope } from "@/lib/server/scoped-db";
import { actAs } from "../support/act-as";

// An element's trend in Rejang Lebong (17.02), against a hand-computed example: three puskesmas, reports
// submitted, approved, still a draft, or none. The demo seeds no monthly reports, so these are all there are.
const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
afterAll(() => owner.$disconnect());
const month = (back: number) => shiftPeriod(currentPeriod("Asia/Jakarta"), -back);
const ids = { a: "", b: "", c: "", dataSet: "", planner: "", kudus: "" };

async function report(
  puskesmasId: string,
  period: string,
  status: "DRAFT" | "SUBMITTED" | "APPROVED",
  values: Record<string, string>,
) {
  const districtId = (await owner.facility.findUniqueOrThrow({ where: { id: puskesmasId } })).districtId;
  const elements = await owner.dataElement.findMany({
    where: { dataSetId: ids.dataSet, code: { in: Object.keys(values) }, retiredAt: null },
  });
  const created = await owner.monthlyReport.create({
    data: {
      districtId,
      puskesmasId,
      dataSetId: ids.dataSet,
      period,
      status,
      firstSubmittedAt: status === "DRAFT" ? null : new Date(),
    },
  });
  await owner.reportValue.createMany({
    data: elements.map((element) => ({
      districtId,
      reportId: created.id,
      elementId: element.id,
      value: values[element.code]!,
    })),
  });
}

beforeAll(async () => {
  const puskesmas = async (name: string) => (await owner.facility.findFirstOrThrow({ where: { name } })).id;
  ids.a = await puskesmas("Puskesmas Sumber Urip");
  ids.b = await puskesmas("Puskesmas Curup");
  ids.c = await puskesmas("Puskesmas Curup Timur");
  ids.dataSet = (await owner.dataSet.findUniqueOrThrow({ where: { code: "ILP_BULANAN" } })).id;
  ids.planner = (await owner.user.findUniqueOrThrow({ where: { username: "perencana.rejanglebong" } })).id;
  ids.kudus = (await owner.user.findUniqueOrThrow({ where: { username: "perencana.kudus" } })).id;
  await report(ids.a, month(2), "APPROVED", { ILP_KUNJUNGAN_RUMAH: "20", ILP_LOKMIN: "true" });
  await report(ids.b, month(2), "SUBMITTED", { ILP_KUNJUNGAN_RUMAH: "15", ILP_LOKMIN: "false" });
  await report(ids.c, month(2), "DRAFT", { ILP_KUNJUNGAN_RUMAH: "99", ILP_LOKMIN: "true" }); // a draft counts nowhere
  await report(ids.a, month(1), "SUBMITTED", { ILP_LOKMIN: "true" }); // reported, home visits not entered
});

describe("an element's trend in the district", () => {
  it("sums over the puskesmas that reported, says how many, and shows a month without reports as 'belum melapor'", async () => {
    const scope = (await actAs(ids.planner))!.scope;
    const trend = await withScope(scope, (ctx) => getElementTrend(ctx, "17.02", "ILP_KUNJUNGAN_RUMAH", 4));
    expect(trend.kind).toBe("sum");
    expect(trend.trend).toEqual([
      { period: month(3), value: null, reporting: 0 },
      { period: month(2), value: 35, reporting: 2 },
      { period: month(1), value: null, reporting: 0 },
      { period: month(0), value: null, reporting: 0 },
    ]);
    const row = (id: string) => trend.rows.find((candidate) => candidate.puskesmasId === id)!.cells;
    expect(row(ids.a).map((cell) => cell.state)).toEqual(["NOT_REPORTED", "VALUE", "NOT_ENTERED", "NOT_REPORTED"]);
    expect(row(ids.a)[1]).toMatchObject({ value: "20" });
    expect(row(ids.c).every((cell) => cell.state === "NOT_REPORTED")).toBe(true);
    expect(trend.rows.length).toBeGreaterThan(3);
  });

  it("counts yes answers out of the reporting puskesmas, and falls back to the first element for an unknown code", async () => {
    const scope = (await actAs(ids.planner))!.scope;
    const lokmin = await withScope(scope, (ctx) => getElementTrend(ctx, "17.02", "ILP_LOKMIN", 4));
    expect(lokmin.kind).toBe("yesOf");
    expect(lokmin.trend.slice(1, 3)).toEqual([
      { period: month(2), value: 1, reporting: 2 },
      { period: month(1), value: 1, reporting: 1 },
    ]);
    const fallback = await withScope(scope, (ctx) => getElementTrend(ctx, "17.02", "TIDAK_ADA", 4));
    expect(fallback.element.code).toBe(fallback.elements[0]!.code);
    expect(fallback.elements.map((element) => element.code)).not.toContain("ILP_CATATAN"); // text is not added up
  });

  it("is the district's only: another district's planner does not find it", async () => {
    const scope = (await actAs(ids.kudus))!.scope;
    await expect(withScope(scope, (ctx) => getElementTrend(ctx, "17.02", "ILP_LOKMIN", 4))).rejects.toThrow();
  });
});
