import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { currentPeriod, dueDateOf, shiftPeriod } from "@/lib/dates/periods";
import {
  reopenReportAction,
  reviewReportAction,
  saveReportAction,
  setDueDayAction,
  updateElementAction,
} from "@/lib/monthly-reports/actions";
import { approvedDhis2Values } from "@/lib/monthly-reports/export";
import { getCompletenessGrid, getReportForm } from "@/lib/monthly-reports/queries";
import { withScope } from "@/lib/server/scoped-db";
import { actAs } from "../support/act-as";
import { ensureUser } from "../support/tenancy-fixtures";

// The monthly report's life, its refusals, completeness and the DHIS2 export, on a
// district of this file's own (17.98, in Bengkulu), so every figure is hand-computed.

const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
const DISTRICT = "17.98";
let districtId = "";
let dataSetId = "";
const pkm = { a: "", b: "", other: "" };
const users = { planner: "", headA: "", headB: "", officerA: "", viewer: "", otherPlanner: "" };
const current = currentPeriod("Asia/Jakarta");
const month = (back: number) => shiftPeriod(current, -back);
let elements: { id: string; code: string; valueType: string; required: boolean }[] = [];

/** A full, valid set of values; `overrides` by element code. */
function valuesFor(overrides: Record<string, string> = {}, explanations: Record<string, string> = {}) {
  return elements.map((element) => ({
    elementId: element.id,
    value:
      overrides[element.code] ??
      (element.valueType === "YES_NO" ? "true" : element.valueType === "TEXT" ? "Catatan uji" : "20"),
    ...(explanations[element.code] ? { explanation: explanations[element.code] } : {}),
  }));
}
const report = (puskesmasId: string, period: string) =>
  owner.monthlyReport.findFirst({ where: { puskesmasId, period }, include: { values: true } });

async function save(userId: string, puskesmasId: string, period: string, submit: boolean, overrides = {}, why = {}) {
  const existing = await report(puskesmasId, period);
  await actAs(userId);
  return saveReportAction({
    puskesmasId,
    dataSetId,
    period,
    submit,
    version: existing?.version ?? 0,
    values: valuesFor(overrides, why),
  });
}
async function review(
  userId: string,
  puskesmasId: string,
  period: string,
  decision: "APPROVE" | "RETURN",
  comment?: string,
) {
  const existing = (await report(puskesmasId, period))!;
  await actAs(userId);
  return reviewReportAction({ reportId: existing.id, decision, comment, version: existing.version });
}

beforeAll(async () => {
  const province = await owner.region.findUniqueOrThrow({ where: { code: "17" } });
  const district = await owner.region.upsert({
    where: { code: DISTRICT },
    update: {},
    create: {
      code: DISTRICT,
      name: "Kabupaten Uji Laporan",
      level: "KABUPATEN",
      kind: "KABUPATEN",
      parentId: province.id,
      provinceId: province.id,
    },
  });
  districtId = district.id;
  await owner.region.update({ where: { id: districtId }, data: { districtId } });
  const make = (code: string, name: string, openedOn: string) =>
    owner.facility.create({
      data: {
        districtId,
        type: "PUSKESMAS",
        code,
        name,
        openedOn: new Date(`${openedOn}T00:00:00Z`),
        isIllustrative: true,
      },
      select: { id: true },
    });
  pkm.a = (await make("UJI-LAP-A", "Puskesmas Uji A", "2020-01-01")).id;
  // B opened on the first day of the month two months back: earlier months expect nothing from it.
  pkm.b = (await make("UJI-LAP-B", "Puskesmas Uji B", `${month(2)}-01`)).id;
  pkm.other = (await owner.facility.findFirstOrThrow({ where: { code: "1011912", type: "PUSKESMAS" } })).id; // Sumber Urip, 17.02
  users.planner = await ensureUser(owner, "perencana.ujilaporan", "DINKES_PLANNER", districtId);
  users.headA = await ensureUser(owner, "kepala.ujilapa", "PUSKESMAS_HEAD", districtId, pkm.a);
  users.headB = await ensureUser(owner, "kepala.ujilapb", "PUSKESMAS_HEAD", districtId, pkm.b);
  users.officerA = await ensureUser(owner, "petugas.ujilapa", "DATA_OFFICER", districtId, pkm.a);
  users.viewer = await ensureUser(owner, "pemantau.ujilaporan", "VIEWER", districtId);
  users.otherPlanner = await ensureUser(
    owner,
    "perencana.lain.ujilaporan",
    "DINKES_PLANNER",
    (await owner.region.findUniqueOrThrow({ where: { code: "17.02" } })).id,
  );
  const dataSet = await owner.dataSet.findUniqueOrThrow({ where: { code: "ILP_BULANAN" } });
  dataSetId = dataSet.id;
  elements = await owner.dataElement.findMany({ where: { dataSetId, retiredAt: null }, orderBy: { sortOrder: "asc" } });
});
afterAll(() => owner.$disconnect());

describe("the seeded example data set", () => {
  it("says it is an example to adapt to the Juknis, and every element has a definition and a source", async () => {
    const dataSet = await owner.dataSet.findUniqueOrThrow({ where: { code: "ILP_BULANAN" } });
    expect(dataSet.isExample).toBe(true);
    expect(dataSet.nameId).toContain("contoh — sesuaikan dengan Juknis");
    expect(elements.length).toBeGreaterThanOrEqual(8);
    for (const element of await owner.dataElement.findMany({ where: { dataSetId } })) {
      expect(element.definition.length).toBeGreaterThan(10);
      expect(element.source).toMatch(/^Contoh/);
    }
  });
});

describe("draft → submit → return → approve → reopen", () => {
  it("runs the whole life of a report, locked once approved, each step audited", async () => {
    const period = month(1);
    expect(await save(users.officerA, pkm.a, period, false, { ILP_KUNJUNGAN_RUMAH: "" })).toMatchObject({ ok: true });
    expect((await report(pkm.a, period))!.status).toBe("DRAFT");
    // Submitting checks the required elements.
    expect(await save(users.headA, pkm.a, period, true, { ILP_KUNJUNGAN_RUMAH: "" })).toMatchObject({
      ok: false,
      messageKey: "monthly.errors.required",
    });
    expect(await save(users.headA, pkm.a, period, true)).toMatchObject({ ok: true });
    const submitted = (await report(pkm.a, period))!;
    expect(submitted.status).toBe("SUBMITTED");
    expect(submitted.firstSubmittedAt).not.toBeNull();
    expect(await save(users.headA, pkm.a, period, false)).toMatchObject({
      ok: false,
      messageKey: "monthly.errors.submittedLocked",
    });

    expect(await review(users.planner, pkm.a, period, "RETURN")).toMatchObject({
      ok: false,
      messageKey: "monthly.errors.commentRequired",
    });
    expect(await review(users.planner, pkm.a, period, "RETURN", "Kunjungan rumah tampak terlalu kecil")).toMatchObject({
      ok: true,
    });
    expect((await report(pkm.a, period))!).toMatchObject({
      status: "RETURNED",
      reviewComment: "Kunjungan rumah tampak terlalu kecil",
    });

    expect(await save(users.headA, pkm.a, period, true, { ILP_KUNJUNGAN_RUMAH: "24" })).toMatchObject({ ok: true });
    const resubmitted = (await report(pkm.a, period))!;
    expect(resubmitted.firstSubmittedAt).toEqual(submitted.firstSubmittedAt); // timeliness counts from the first
    expect(await review(users.planner, pkm.a, period, "APPROVE")).toMatchObject({ ok: true });
    const approved = (await report(pkm.a, period))!;
    expect(approved.status).toBe("APPROVED");

    // Locked: no edit without reopening, nothing written.
    expect(await save(users.headA, pkm.a, period, false, { ILP_KUNJUNGAN_RUMAH: "99" })).toMatchObject({
      ok: false,
      messageKey: "monthly.errors.approvedLocked",
    });
    expect((await report(pkm.a, period))!.version).toBe(approved.version);

    await actAs(users.planner);
    expect(await reopenReportAction({ reportId: approved.id, reason: "", version: approved.version })).toMatchObject({
      ok: false,
      messageKey: "monthly.errors.reasonRequired",
    });
    expect(
      await reopenReportAction({ reportId: approved.id, reason: "Salah input kunjungan", version: approved.version }),
    ).toMatchObject({ ok: true });
    expect((await report(pkm.a, period))!).toMatchObject({ status: "RETURNED", reopenReason: "Salah input kunjungan" });
    const audit = await owner.auditLog.findMany({
      where: { entity: "MonthlyReport", entityId: approved.id },
      orderBy: { id: "asc" },
    });
    expect(audit.map((row) => (row.after as { status?: string } | null)?.status)).toEqual(
      expect.arrayContaining(["DRAFT", "SUBMITTED", "RETURNED", "APPROVED"]),
    );
    expect(audit.at(-1)!.actorId).toBe(users.planner);
    // Back to approved for the figures below.
    expect(await save(users.headA, pkm.a, period, true, { ILP_KUNJUNGAN_RUMAH: "24" })).toMatchObject({ ok: true });
    expect(await review(users.planner, pkm.a, period, "APPROVE")).toMatchObject({ ok: true });
  });
});

describe("refusals, with nothing written", () => {
  const count = () => owner.reportValue.count({ where: { report: { districtId } } });

  it("refuses a value of the wrong type or out of range", async () => {
    const before = await count();
    expect(await save(users.headB, pkm.b, month(1), false, { ILP_KUNJUNGAN_RUMAH: "dua puluh" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      messageKey: "monthly.errors.integer",
    });
    expect(await save(users.headB, pkm.b, month(1), false, { ILP_PUSTU_HARI_BUKA: "40" })).toMatchObject({
      ok: false,
      messageKey: "monthly.errors.max",
    });
    expect(await save(users.headB, pkm.b, month(1), false, { ILP_LOKMIN: "ya" })).toMatchObject({
      ok: false,
      messageKey: "monthly.errors.yesNo",
    });
    expect(await count()).toBe(before);
    expect(await report(pkm.b, month(1))).toBeNull();
  });

  it("refuses a report for another puskesmas, and a future month", async () => {
    expect(await save(users.headA, pkm.b, month(1), false)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await save(users.headA, pkm.other, month(1), false)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await save(users.officerA, pkm.b, month(1), false)).toMatchObject({ ok: false, code: "NOT_FOUND" });
    expect(await save(users.planner, pkm.a, month(2), false)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await save(users.viewer, pkm.a, month(2), false)).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await save(users.headA, pkm.a, shiftPeriod(current, 1), false)).toMatchObject({
      ok: false,
      messageKey: "monthly.errors.futurePeriod",
    });
    expect(await report(pkm.b, month(1))).toBeNull();
    expect(await report(pkm.a, shiftPeriod(current, 1))).toBeNull();
  });

  it("refuses an approval by someone who may not approve", async () => {
    expect(await save(users.headB, pkm.b, month(1), true)).toMatchObject({ ok: true });
    expect(await review(users.headB, pkm.b, month(1), "APPROVE")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await review(users.viewer, pkm.b, month(1), "APPROVE")).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await review(users.otherPlanner, pkm.b, month(1), "APPROVE")).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect((await report(pkm.b, month(1)))!.status).toBe("SUBMITTED");
  });
});

describe("the outlier rule on submission", () => {
  it("asks for an explanation of a value far from the previous months, and takes it", async () => {
    for (const back of [5, 4]) {
      expect(await save(users.headA, pkm.a, month(back), true)).toMatchObject({ ok: true });
    }
    expect(await save(users.headA, pkm.a, month(3), true, { ILP_KUNJUNGAN_RUMAH: "200" })).toMatchObject({
      ok: false,
      messageKey: "monthly.errors.explain",
    });
    expect(
      await save(
        users.headA,
        pkm.a,
        month(3),
        true,
        { ILP_KUNJUNGAN_RUMAH: "200" },
        { ILP_KUNJUNGAN_RUMAH: "Kampanye kunjungan rumah" },
      ),
    ).toMatchObject({ ok: true });
    const value = (await report(pkm.a, month(3)))!.values.find((row) => row.explanation);
    expect(value).toMatchObject({ value: "200", explanation: "Kampanye kunjungan rumah" });
  });
});

describe("completeness and timeliness", () => {
  it("agrees with a hand-computed example", async () => {
    // A: month(5) and month(4) submitted now (late), month(3) submitted now (late), month(1) approved (late: submitted now).
    // Make month(1) on time by dating its first submission back to its due day.
    const dueDay = 10;
    await actAs(users.planner);
    expect(await setDueDayAction({ districtCode: DISTRICT, dataSetId, dueDay })).toMatchObject({ ok: true });
    const onTimeReport = (await report(pkm.a, month(1)))!;
    await owner.monthlyReport.update({
      where: { id: onTimeReport.id },
      data: { firstSubmittedAt: new Date(`${dueDateOf(month(1), dueDay)}T08:00:00+07:00`) },
    });
    const grid = await withScope((await actAs(users.planner))!.scope, (ctx) => getCompletenessGrid(ctx, DISTRICT, 6));
    expect(grid.periods).toEqual([month(5), month(4), month(3), month(2), month(1), current]);
    const rowA = grid.rows.find((row) => row.puskesmasId === pkm.a)!;
    const rowB = grid.rows.find((row) => row.puskesmasId === pkm.b)!;
    // A: expected months 5..1 (5); submitted 5, 4, 3, 1 (4); on time: only month(1); approved: month(1).
    expect(rowA.rates).toMatchObject({
      expected: 5,
      submitted: 4,
      onTime: 1,
      approved: 1,
      reportingRate: 80,
      onTimeRate: 20,
    });
    expect(rowA.cells.find((cell) => cell.period === month(2))!.state).toBe("LATE");
    // B opened at month(2): expected months 2 and 1; month(1) submitted now (after its due day), month(2) missing.
    expect(rowB.rates).toMatchObject({ expected: 2, submitted: 1, onTime: 0, approved: 0, reportingRate: 50 });
    expect(rowB.cells.find((cell) => cell.period === month(3))!.state).toBe("NOT_EXPECTED");
    expect(grid.overall).toMatchObject({ expected: 7, submitted: 5, onTime: 1, approved: 1 });
    // The month in progress expects nothing: no rate, never 0.
    expect(grid.byPeriod.at(-1)!.rates).toMatchObject({ expected: 0, reportingRate: null });
    expect(grid.late.map((row) => row.name).sort()).toEqual(["Puskesmas Uji A", "Puskesmas Uji B"]);
    expect(grid.dueDay).toBe(dueDay);
  });
});

describe("the DHIS2 export", () => {
  it("holds approved values only, by code, with the period as YYYYMM", async () => {
    const scope = (await actAs(users.planner))!.scope;
    const approved = await withScope(scope, (ctx) => approvedDhis2Values(ctx, DISTRICT, month(1)));
    const expected = (await report(pkm.a, month(1)))!.values.length;
    expect(approved.values).toHaveLength(expected);
    expect(new Set(approved.values.map((value) => value.orgUnit))).toEqual(new Set(["PKM-UJI-LAP-A"])); // B's is only submitted
    expect(approved.values.every((value) => value.period === month(1).replace("-", ""))).toBe(true);
    expect(approved.values.find((value) => value.dataElement === "ILP_KUNJUNGAN_RUMAH")!.value).toBe("24");
    const none = await withScope(scope, (ctx) => approvedDhis2Values(ctx, DISTRICT, month(3)));
    expect(none.values).toEqual([]);
  });
});

describe("a definition change keeps the values already reported", () => {
  it("freezes a used element: the change is a new version, old reports keep theirs", async () => {
    const element = elements.find((candidate) => candidate.code === "ILP_KUNJUNGAN_RUMAH")!;
    await actAs(users.planner);
    expect(
      await updateElementAction({
        elementId: element.id,
        nameId: "x",
        nameEn: "x",
        definition: "x",
        source: "x",
        min: 0,
        max: null,
        required: true,
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    const admin = await ensureUser(owner, "admin.nasional.ujilaporan", "NATIONAL_ADMIN", null);
    await actAs(admin);
    const changed = await updateElementAction({
      elementId: element.id,
      nameId: "Kunjungan rumah (semua sasaran)",
      nameEn: "Home visits (all target groups)",
      definition: "Jumlah kunjungan rumah ke semua sasaran siklus hidup.",
      source: "Contoh: revisi uji; sesuaikan dengan Juknis.",
      min: 0,
      max: 10000,
      required: true,
    });
    expect(changed).toMatchObject({ ok: true, data: { version: 2 } });
    const versions = await owner.dataElement.findMany({
      where: { code: "ILP_KUNJUNGAN_RUMAH" },
      orderBy: { version: "asc" },
    });
    expect(versions.map((row) => [row.version, row.retiredAt !== null])).toEqual([
      [1, true],
      [2, false],
    ]);
    // The approved report still holds its value under version 1, shown with that definition.
    const old = (await report(pkm.a, month(1)))!.values.find((row) => row.elementId === element.id);
    expect(old!.value).toBe("24");
    const form = await withScope((await actAs(users.planner))!.scope, (ctx) => getReportForm(ctx, pkm.a, month(1)));
    const shown = form.elements.find((row) => row.code === "ILP_KUNJUNGAN_RUMAH")!;
    expect(shown).toMatchObject({ version: 1, id: element.id });
    expect(form.values[element.id]!.value).toBe("24");
    // A new report is entered against version 2.
    const fresh = await withScope((await actAs(users.headB))!.scope, (ctx) => getReportForm(ctx, pkm.b, month(2)));
    expect(fresh.elements.find((row) => row.code === "ILP_KUNJUNGAN_RUMAH")!.version).toBe(2);
  });
});
