import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { addDays, localIsoDate, todayIn, toIsoDate } from "@/lib/dates";
import { stageCounts } from "@/lib/dashboard/aggregates";
import {
  changeStageAction,
  correctStageEntryAction,
  reviewStageProposalAction,
  voidStageEntryAction,
} from "@/lib/facilities/actions";
import { listPendingProposals } from "@/lib/facilities/stage-queries";
import { queryDistrictAdoption } from "@/lib/indicators/queries";
import { withScope } from "@/lib/server/scoped-db";
import { actAs } from "../support/act-as";
import { upload } from "../support/import-upload";
import { createTenancyFixtures, ensureUser, type TenancyFixtures } from "../support/tenancy-fixtures";

// Proposals, review, corrections and voids of stage entries, against real PostgreSQL.
// Everything happens on this file's own puskesmas in Bengkulu Selatan (17.01), so
// no other test's figures move.

const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
let fixtures: TenancyFixtures;
let puskesmasId: string;
let otherPuskesmasId: string;
const users = { planner: "", head: "", otherPlanner: "", viewer: "" };
const today = () => localIsoDate(new Date(), "Asia/Jakarta");
const decree = { decreeIssuer: "BUPATI", decreeNumber: "188.45/77/BS/2025", decreeDate: "2025-06-02" };

beforeAll(async () => {
  fixtures = await createTenancyFixtures(owner);
  const sibling = fixtures.districts.sibling;
  const kecamatan = await owner.region.findUniqueOrThrow({ where: { code: "17.01.01" }, select: { id: true } });
  const make = (code: string, name: string) =>
    owner.facility.upsert({
      where: { type_code_districtId: { type: "PUSKESMAS", code, districtId: sibling } },
      update: {},
      create: {
        districtId: sibling,
        type: "PUSKESMAS",
        code,
        name,
        kecamatanId: kecamatan.id,
        openedOn: new Date("2023-01-01"),
        isIllustrative: true,
      },
      select: { id: true },
    });
  puskesmasId = (await make("UJI-17.01-TAHAP", "Puskesmas Uji Tahap")).id;
  otherPuskesmasId = (await make("UJI-17.01-TAHAP-2", "Puskesmas Uji Tahap Dua")).id;
  users.planner = await ensureUser(owner, "perencana.bengkuluselatan", "DINKES_PLANNER", sibling);
  users.head = await ensureUser(owner, "kepala.ujitahap", "PUSKESMAS_HEAD", sibling, puskesmasId);
  users.otherPlanner = fixtures.users.planner; // Rejang Lebong's planner: another district
  users.viewer = await ensureUser(owner, "pemantau.bengkuluselatan", "VIEWER", sibling);
});
afterAll(() => owner.$disconnect());

const facility = (id = puskesmasId) => owner.facility.findUniqueOrThrow({ where: { id } });
const entries = (id = puskesmasId) =>
  owner.facilityStageChange.findMany({ where: { facilityId: id }, orderBy: [{ createdAt: "asc" }] });

/** Puskesmas implementing ILP in Bengkulu Selatan on each date, read as the dashboard and the comparison read them. */
async function implementingOn(dates: string[]): Promise<{ adoption: number[]; counts: number[] }> {
  const user = await actAs(users.planner);
  return withScope(user!.scope, async (ctx) => {
    const asOf = todayIn("Asia/Jakarta");
    const rows = await queryDistrictAdoption(ctx, [fixtures.districts.sibling], asOf, {
      PUSKESMAS: dates.map((d) => new Date(`${d}T00:00:00Z`)),
      PUSTU: [],
      POSYANDU: [],
    });
    const adoption = dates.map(
      (d) => rows.find((row) => row.date === d && row.type === "PUSKESMAS")?.implementing ?? 0,
    );
    const counts: number[] = [];
    for (const d of dates) {
      const stages = await stageCounts(ctx, fixtures.districts.sibling, new Date(`${d}T00:00:00Z`));
      counts.push(
        stages
          .filter((row) => row.type === "PUSKESMAS" && row.stage === "MENERAPKAN")
          .reduce((sum, row) => sum + row.count, 0),
      );
    }
    return { adoption, counts };
  });
}

describe("a head's proposal", () => {
  it("waits for a planner, does not count, and is verified by the planner (then it counts)", async () => {
    await actAs(users.head);
    const before = await facility();
    const proposal = await changeStageAction({
      facilityId: puskesmasId,
      toStage: "PERSIAPAN",
      effectiveDate: "2025-02-03",
      note: "Tim Kerja ILP terbentuk",
      version: before.version,
      checklist: [{ code: "TIM_KERJA_ILP", evidence: "SK Kepala Puskesmas No. 12/2025" }, { code: "SOSIALISASI" }],
    });
    expect(proposal).toEqual({ ok: true, data: { version: before.version + 1, status: "PROPOSED" } });
    const proposed = (await entries()).at(-1)!;
    expect(proposed).toMatchObject({
      status: "PROPOSED",
      toStage: "PERSIAPAN",
      reviewedById: null,
      changedById: users.head,
    });
    expect(proposed.checklist).toEqual([
      { code: "TIM_KERJA_ILP", evidence: "SK Kepala Puskesmas No. 12/2025" },
      { code: "SOSIALISASI" },
    ]);
    // Not counted yet: the cached stage and every as-of view still say BELUM.
    expect(await facility()).toMatchObject({ currentStage: "BELUM", stageSince: null });
    // The planner's dashboard lists it, with who proposed it; the head's lists nothing (they may not verify).
    const pending = async (userId: string) =>
      withScope((await actAs(userId))!.scope, (ctx) => listPendingProposals(ctx, fixtures.districts.sibling));
    expect(await pending(users.planner)).toEqual([
      {
        id: proposed.id,
        facility: { id: puskesmasId, name: "Puskesmas Uji Tahap", type: "PUSKESMAS" },
        toStage: "PERSIAPAN",
        effectiveDate: new Date("2025-02-03T00:00:00Z"),
        proposedBy: "kepala.ujitahap",
        createdAt: proposed.createdAt,
      },
    ]);
    expect(await pending(users.head)).toEqual([]);

    // A second proposal while one waits is refused.
    await actAs(users.head);
    expect(
      await changeStageAction({
        facilityId: puskesmasId,
        toStage: "UJI_COBA",
        effectiveDate: "2025-02-04",
        note: "Lagi",
        version: (await facility()).version,
      }),
    ).toMatchObject({ ok: false, messageKey: "errors.stageProposalPending" });

    // The head may not verify, nor may a planner of another district or a viewer; nothing changes.
    expect(await reviewStageProposalAction({ changeId: proposed.id, decision: "VERIFY" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    await actAs(users.viewer);
    expect(await reviewStageProposalAction({ changeId: proposed.id, decision: "VERIFY" })).toMatchObject({
      ok: false,
      code: "FORBIDDEN",
    });
    await actAs(users.otherPlanner);
    expect(await reviewStageProposalAction({ changeId: proposed.id, decision: "VERIFY" })).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await owner.facilityStageChange.findUniqueOrThrow({ where: { id: proposed.id } })).toMatchObject({
      status: "PROPOSED",
    });

    await actAs(users.planner);
    expect(await reviewStageProposalAction({ changeId: proposed.id, decision: "VERIFY" })).toEqual({
      ok: true,
      data: { status: "VERIFIED" },
    });
    expect(await owner.facilityStageChange.findUniqueOrThrow({ where: { id: proposed.id } })).toMatchObject({
      status: "VERIFIED",
      reviewedById: users.planner,
    });
    expect(await facility()).toMatchObject({ currentStage: "PERSIAPAN", stageSince: new Date("2025-02-03") });
    // Verified twice? The second answer is refused.
    expect(
      await reviewStageProposalAction({ changeId: proposed.id, decision: "RETURN", reason: "Terlambat" }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("is returned with a reason the head sees, and then never counts", async () => {
    await actAs(users.head);
    const result = await changeStageAction({
      facilityId: puskesmasId,
      toStage: "UJI_COBA",
      effectiveDate: "2025-03-10",
      note: "Uji coba klaster",
      version: (await facility()).version,
    });
    expect(result).toMatchObject({ ok: true, data: { status: "PROPOSED" } });
    const proposal = (await entries()).at(-1)!;
    await actAs(users.planner);
    // A return needs a reason.
    expect(await reviewStageProposalAction({ changeId: proposal.id, decision: "RETURN", reason: "  " })).toMatchObject({
      ok: false,
      messageKey: "errors.returnReasonRequired",
    });
    expect(
      await reviewStageProposalAction({
        changeId: proposal.id,
        decision: "RETURN",
        reason: "Lampirkan daftar penempatan klaster",
      }),
    ).toEqual({ ok: true, data: { status: "RETURNED" } });
    expect(await owner.facilityStageChange.findUniqueOrThrow({ where: { id: proposal.id } })).toMatchObject({
      status: "RETURNED",
      reviewNote: "Lampirkan daftar penempatan klaster",
    });
    expect(await facility()).toMatchObject({ currentStage: "PERSIAPAN" });
  });

  it("is refused for another puskesmas, and a head may not change their own puskesmas directly", async () => {
    await actAs(users.head);
    const other = await facility(otherPuskesmasId);
    const count = await owner.facilityStageChange.count({ where: { facilityId: otherPuskesmasId } });
    expect(
      await changeStageAction({
        facilityId: otherPuskesmasId,
        toStage: "PERSIAPAN",
        effectiveDate: "2025-02-03",
        note: "Bukan milik saya",
        version: other.version,
      }),
    ).toMatchObject({
      ok: false,
      code: "NOT_FOUND",
    });
    expect(await owner.facilityStageChange.count({ where: { facilityId: otherPuskesmasId } })).toBe(count);
  });
});

describe("stage dates", () => {
  it("refuse a date before the floor, before the facility opened, or after the district's today, and write nothing", async () => {
    await actAs(users.planner);
    const before = await facility();
    const count = (await entries()).length;
    const base = {
      facilityId: puskesmasId,
      toStage: "UJI_COBA" as const,
      note: "Tanggal salah",
      version: before.version,
    };
    expect(await changeStageAction({ ...base, effectiveDate: "1900-01-01" })).toMatchObject({
      ok: false,
      messageKey: "errors.dateBeforeFloor",
      field: "effectiveDate",
    });
    expect(await changeStageAction({ ...base, effectiveDate: "2022-06-01" })).toMatchObject({
      ok: false,
      messageKey: "errors.dateBeforeOpened",
      field: "effectiveDate",
    });
    const tomorrow = toIsoDate(addDays(todayIn("Asia/Jakarta"), 1));
    expect(await changeStageAction({ ...base, effectiveDate: tomorrow })).toMatchObject({
      ok: false,
      messageKey: "errors.dateInFuture",
    });
    expect(await changeStageAction({ ...base, effectiveDate: "2025-02-30" })).toMatchObject({
      ok: false,
      messageKey: "errors.dateInvalid",
    });
    expect(await facility()).toEqual(before);
    expect((await entries()).length).toBe(count);
  });

  it("accept the district's today even while it is still yesterday in UTC", async () => {
    // At 01:00 WIB the UTC date is the day before; the district's today must be allowed.
    const at = new Date("2026-03-10T18:00:00Z");
    expect(localIsoDate(at, "Asia/Jakarta")).toBe("2026-03-11");
    expect(toIsoDate(todayIn("Asia/Jakarta", at))).toBe("2026-03-11");
    await actAs(users.planner);
    const result = await changeStageAction({
      facilityId: otherPuskesmasId,
      toStage: "PERSIAPAN",
      effectiveDate: today(),
      note: "Hari ini WIB",
      version: (await facility(otherPuskesmasId)).version,
    });
    expect(result).toMatchObject({ ok: true, data: { status: "VERIFIED" } });
  });
});

describe("the decree for 'Menerapkan ILP'", () => {
  it("is required for a puskesmas, all three parts, and kept with the entry", async () => {
    await actAs(users.planner);
    const before = await facility();
    const base = {
      facilityId: puskesmasId,
      toStage: "MENERAPKAN" as const,
      effectiveDate: "2025-07-01",
      note: "Penetapan Puskesmas ILP",
      version: before.version,
    };
    expect(await changeStageAction(base)).toMatchObject({
      ok: false,
      messageKey: "errors.decreeRequired",
      field: "decreeNumber",
    });
    expect(await changeStageAction({ ...base, decreeIssuer: "BUPATI", decreeNumber: "188/1" })).toMatchObject({
      ok: false,
      messageKey: "errors.decreeIncomplete",
      field: "decreeDate",
    });
    expect(await changeStageAction({ ...base, ...decree, decreeIssuer: "CAMAT" })).toMatchObject({
      ok: false,
      messageKey: "errors.decreeIssuer",
    });
    expect(await changeStageAction({ ...base, ...decree, decreeDate: "1999-01-01" })).toMatchObject({
      ok: false,
      messageKey: "errors.dateBeforeFloor",
      field: "decreeDate",
    });
    expect(await facility()).toEqual(before);

    expect(
      await changeStageAction({
        ...base,
        ...decree,
        checklist: [{ code: "SK_PENETAPAN_ILP", evidence: "188.45/77/BS/2025" }],
      }),
    ).toMatchObject({ ok: true, data: { status: "VERIFIED" } });
    expect((await entries()).at(-1)).toMatchObject({
      toStage: "MENERAPKAN",
      decreeIssuer: "BUPATI",
      decreeNumber: "188.45/77/BS/2025",
      decreeDate: new Date("2025-06-02"),
    });
    expect(await facility()).toMatchObject({ currentStage: "MENERAPKAN", stageSince: new Date("2025-07-01") });
  });

  it("refuses checklist items it does not know", async () => {
    await actAs(users.planner);
    const current = await facility(otherPuskesmasId);
    expect(
      await changeStageAction({
        facilityId: otherPuskesmasId,
        toStage: "UJI_COBA",
        effectiveDate: today(),
        note: "Uji",
        version: current.version,
        checklist: [{ code: "KARANGAN" }],
      }),
    ).toMatchObject({ ok: false, messageKey: "errors.checklistUnknown" });
  });
});

describe("corrections and voids", () => {
  it("keep the original, marked, and the as-of views follow the corrected history", async () => {
    const implementing = (await entries()).find(
      (entry) => entry.toStage === "MENERAPKAN" && entry.status === "VERIFIED" && !entry.retractedAs,
    )!;
    const dates = ["2025-05-01", "2025-08-01"];
    const before = await implementingOn(dates);
    // Implementing since 1 July 2025: counted on 1 August, not on 1 May.
    expect(before.adoption[1]! - before.adoption[0]!).toBeGreaterThanOrEqual(1);

    await actAs(users.planner);
    const version = (await facility()).version;
    // A correction needs a reason; a head may not correct.
    expect(
      await correctStageEntryAction({
        changeId: implementing.id,
        toStage: "MENERAPKAN",
        effectiveDate: "2025-04-01",
        reason: "",
        version,
      }),
    ).toMatchObject({
      ok: false,
      messageKey: "errors.reasonRequired",
    });
    await actAs(users.head);
    expect(
      await correctStageEntryAction({
        changeId: implementing.id,
        toStage: "MENERAPKAN",
        effectiveDate: "2025-04-01",
        reason: "Salah tanggal",
        version,
      }),
    ).toMatchObject({ ok: false, code: "FORBIDDEN" });
    expect(await owner.facilityStageChange.findUniqueOrThrow({ where: { id: implementing.id } })).toMatchObject({
      retractedAs: null,
    });

    await actAs(users.planner);
    const corrected = await correctStageEntryAction({
      changeId: implementing.id,
      toStage: "MENERAPKAN",
      effectiveDate: "2025-04-01",
      reason: "SK berlaku sejak 1 April 2025",
      version,
    });
    expect(corrected).toMatchObject({ ok: true });
    const original = await owner.facilityStageChange.findUniqueOrThrow({ where: { id: implementing.id } });
    expect(original).toMatchObject({
      retractedAs: "CORRECTED",
      retractedById: users.planner,
      retractionReason: "SK berlaku sejak 1 April 2025",
      effectiveDate: new Date("2025-07-01"),
    });
    const replacement = await owner.facilityStageChange.findFirstOrThrow({ where: { correctsId: implementing.id } });
    // The decree goes with the corrected entry.
    expect(replacement).toMatchObject({
      toStage: "MENERAPKAN",
      effectiveDate: new Date("2025-04-01"),
      status: "VERIFIED",
      decreeNumber: "188.45/77/BS/2025",
    });
    expect(await facility()).toMatchObject({ currentStage: "MENERAPKAN", stageSince: new Date("2025-04-01") });

    const after = await implementingOn(dates);
    // Now implementing on 1 May too: one more than before on that date, the same on 1 August.
    expect(after.adoption[0]).toBe(before.adoption[0]! + 1);
    expect(after.adoption[1]).toBe(before.adoption[1]);
    expect(after.counts[0]).toBe(before.counts[0]! + 1);
    expect(after.counts).toEqual(after.adoption);

    // The audit log holds the original row before and after it was marked.
    const audit = await owner.auditLog.findMany({
      where: { entity: "FacilityStageChange", entityId: implementing.id, action: "update" },
    });
    expect(audit.some((row) => (row.after as { retractedAs?: string }).retractedAs === "CORRECTED")).toBe(true);

    // A corrected entry cannot be corrected or voided again: its replacement can.
    const v2 = (await facility()).version;
    expect(await voidStageEntryAction({ changeId: implementing.id, reason: "Dua kali", version: v2 })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });

    // Voiding the replacement: the puskesmas falls back to its verified history before it.
    expect(await voidStageEntryAction({ changeId: replacement.id, reason: "", version: v2 })).toMatchObject({
      ok: false,
      messageKey: "errors.reasonRequired",
    });
    expect(
      await voidStageEntryAction({ changeId: replacement.id, reason: "SK belum terbit, entri keliru", version: v2 }),
    ).toMatchObject({ ok: true });
    expect(await owner.facilityStageChange.findUniqueOrThrow({ where: { id: replacement.id } })).toMatchObject({
      retractedAs: "VOIDED",
      retractionReason: "SK belum terbit, entri keliru",
    });
    expect(await facility()).toMatchObject({ currentStage: "PERSIAPAN", stageSince: new Date("2025-02-03") });
    const voided = await implementingOn(dates);
    expect(voided.adoption[1]).toBe(before.adoption[1]! - 1);
    expect(voided.adoption[0]).toBe(before.adoption[0]);
    // Nothing was deleted.
    expect((await entries()).filter((entry) => entry.toStage === "MENERAPKAN")).toHaveLength(2);
  });

  it("refuse a stale version", async () => {
    await actAs(users.planner);
    const persiapan = (await entries()).find(
      (entry) => entry.toStage === "PERSIAPAN" && entry.status === "VERIFIED" && !entry.retractedAs,
    )!;
    const stale = (await facility()).version - 1;
    expect(await voidStageEntryAction({ changeId: persiapan.id, reason: "Basi", version: stale })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await owner.facilityStageChange.findUniqueOrThrow({ where: { id: persiapan.id } })).toMatchObject({
      retractedAs: null,
    });
  });
});

describe("a correction to 'Menerapkan ILP'", () => {
  it("needs the decree when the entry has none", async () => {
    await actAs(users.planner);
    const persiapan = (await entries()).find(
      (entry) => entry.toStage === "PERSIAPAN" && entry.status === "VERIFIED" && !entry.retractedAs,
    )!;
    const version = (await facility()).version;
    const base = {
      changeId: persiapan.id,
      toStage: "MENERAPKAN" as const,
      effectiveDate: "2025-02-03",
      reason: "Sebenarnya sudah ditetapkan",
      version,
    };
    expect(await correctStageEntryAction(base)).toMatchObject({ ok: false, messageKey: "errors.decreeRequired" });
    expect(await owner.facilityStageChange.findUniqueOrThrow({ where: { id: persiapan.id } })).toMatchObject({
      retractedAs: null,
    });
    expect(
      await correctStageEntryAction({
        ...base,
        decreeIssuer: "KEPALA_DINAS",
        decreeNumber: "440/3/2025",
        decreeDate: "2025-02-01",
      }),
    ).toMatchObject({ ok: true });
    expect(await facility()).toMatchObject({ currentStage: "MENERAPKAN", stageSince: new Date("2025-02-03") });
  });
});

describe("the stage import", () => {
  it("applies the same date and decree rules, and a planner's import counts as verified", async () => {
    await actAs(users.planner);
    const header = "jenis,kode,tahap,tanggal,catatan,sk_penerbit,sk_nomor,sk_tanggal";
    const tomorrow = toIsoDate(addDays(todayIn("Asia/Jakarta"), 1));
    const file = [
      header,
      "PUSKESMAS,UJI-17.01-TAHAP-2,UJI_COBA,1900-01-01,Terlalu lama,,,",
      `PUSKESMAS,UJI-17.01-TAHAP-2,UJI_COBA,${tomorrow},Besok,,,`,
      "PUSKESMAS,UJI-17.01-TAHAP-2,UJI_COBA,2022-12-31,Sebelum dibuka,,,",
      `PUSKESMAS,UJI-17.01-TAHAP-2,MENERAPKAN,${today()},Tanpa SK,,,`,
    ].join("\n");
    const issues = async (content: string) =>
      (await upload("17.01", "tahap", content)).body.preview?.issues.map(
        (issue) => `${issue.row}:${issue.column}:${issue.messageKey}`,
      );
    expect(await issues(file)).toEqual([
      "2:tanggal:errors.dateBeforeFloor",
      "3:tanggal:errors.dateInFuture",
      "4:tanggal:errors.dateBeforeOpened",
      "5:sk_nomor:errors.decreeRequired",
    ]);
    expect(
      await issues([header, `PUSKESMAS,UJI-17.01-TAHAP-2,MENERAPKAN,${today()},SK tidak lengkap,BUPATI,,`].join("\n")),
    ).toEqual(["2:sk_nomor:errors.decreeIncomplete"]);
    const good = [
      header,
      `PUSKESMAS,UJI-17.01-TAHAP-2,MENERAPKAN,${today()},SK Bupati,BUPATI,440/9/2025,2025-09-01`,
    ].join("\n");
    expect((await upload("17.01", "tahap", good, "all")).body).toMatchObject({ ok: true, counts: { create: 1 } });
    expect((await entries(otherPuskesmasId)).at(-1)).toMatchObject({
      toStage: "MENERAPKAN",
      status: "VERIFIED",
      reviewedById: users.planner,
      decreeNumber: "440/9/2025",
    });
    expect(await facility(otherPuskesmasId)).toMatchObject({ currentStage: "MENERAPKAN" });
  });
});
