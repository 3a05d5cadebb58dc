import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  completeActivityAction,
  correctActivityAction,
  createActivityAction,
  voidActivityAction,
} from "@/lib/activities/actions";
import { getDistrictDashboard } from "@/lib/dashboard/queries";
import { createPrismaClient } from "@/lib/db/client";
import { addDays, timeZoneOfRegion, todayIn, toIsoDate } from "@/lib/dates";
import { getDistrictIndicators } from "@/lib/indicators/queries";
import { getDistrictByCode } from "@/lib/rollout/queries";
import { withScope } from "@/lib/server/scoped-db";
import type { CurrentUser } from "@/lib/server/session";
import { createTargetAction, updateTargetAction, voidTargetAction } from "@/lib/targets/actions";
import { actAs } from "../support/act-as";
import { ensureUser } from "../support/tenancy-fixtures";

// Kepahiang (17.08): no other test file writes its activities or targets.
const DISTRICT = "17.08";
const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
let planner: CurrentUser;
let districtId: string;

beforeAll(async () => {
  districtId = (await owner.region.findUniqueOrThrow({ where: { code: DISTRICT }, select: { id: true } })).id;
  planner = (await actAs(await ensureUser(owner, "perencana.kepahiang.koreksi", "DINKES_PLANNER", districtId)))!;
});
afterAll(() => owner.$disconnect());

const dashboardOn = (date: string) =>
  withScope(planner.scope, async (ctx) =>
    getDistrictDashboard(ctx, await getDistrictByCode(ctx, DISTRICT), new Date(`${date}T00:00:00Z`)),
  );
const activitiesIn = async (asOf: string, month: string) =>
  (await dashboardOn(asOf)).activities.find((row) => row.month === month) ?? {
    count: 0,
    participants: 0,
    participantsUnknown: 0,
  };
const latestActivity = async (asOf: string) =>
  (
    await withScope(planner.scope, (ctx) => getDistrictIndicators(ctx, { districtId }, new Date(`${asOf}T00:00:00Z`)))
  )[0]!.facts.latestActivity;
const auditOf = (entity: string, entityId: string) =>
  owner.auditLog.findMany({ where: { entity, entityId }, orderBy: { id: "asc" } });

describe("activities: corrected and voided, never deleted", () => {
  it("a correction moves the activity in the as-of views and keeps the original with who, when and why", async () => {
    const created = await createActivityAction({
      districtCode: DISTRICT,
      type: "SOSIALISASI",
      title: "Sosialisasi ILP kecamatan",
      date: "2023-03-10",
      participantCount: 30,
    });
    expect(created).toMatchObject({ ok: true });
    const id = (created as { data: { id: string } }).data.id;
    expect(await activitiesIn("2023-03-31", "2023-03")).toEqual({
      month: "2023-03",
      count: 1,
      participants: 30,
      participantsUnknown: 0,
    });
    expect(await latestActivity("2023-03-31")).toBe("2023-03-10");

    const refused = await correctActivityAction({
      id,
      version: 1,
      type: "SOSIALISASI",
      title: "Sosialisasi ILP kecamatan",
      date: "2023-05-10",
      participantCount: 35,
      reason: "  ",
    });
    expect(refused).toMatchObject({ ok: false, messageKey: "errors.reasonRequired", field: "reason" });
    expect(await owner.recordCorrection.count({ where: { recordId: id } })).toBe(0);

    const corrected = await correctActivityAction({
      id,
      version: 1,
      type: "SOSIALISASI",
      title: "Sosialisasi ILP kecamatan",
      date: "2023-05-10",
      participantCount: 35,
      reason: "Tanggal salah ketik",
    });
    expect(corrected).toMatchObject({ ok: true, data: { version: 2 } });
    // As of the end of March the corrected history has no activity yet; by the end of May it has the corrected one.
    expect(await activitiesIn("2023-03-31", "2023-03")).toEqual({ count: 0, participants: 0, participantsUnknown: 0 });
    expect(await latestActivity("2023-03-31")).toBeNull();
    expect(await activitiesIn("2023-05-31", "2023-05")).toEqual({
      month: "2023-05",
      count: 1,
      participants: 35,
      participantsUnknown: 0,
    });

    const [correction] = await owner.recordCorrection.findMany({ where: { recordId: id }, include: { actor: true } });
    expect(correction).toMatchObject({
      entity: "ACTIVITY",
      kind: "CORRECTED",
      reason: "Tanggal salah ketik",
      actor: { username: "perencana.kepahiang.koreksi" },
    });
    expect(correction!.previous).toMatchObject({ date: "2023-03-10", participantCount: 30, version: 1 });
    const audit = await auditOf("Activity", id);
    expect(audit.map((row) => row.action)).toEqual(["insert", "update"]);
    expect(audit[1]).toMatchObject({
      actorId: planner.id,
      before: { date: "2023-03-10" },
      after: { date: "2023-05-10" },
    });
    expect(
      await owner.auditLog.count({ where: { entity: "RecordCorrection", entityId: correction!.id, action: "insert" } }),
    ).toBe(1);

    // A stale form (version 1) is refused with who saved it.
    expect(
      await correctActivityAction({
        id,
        version: 1,
        type: "SOSIALISASI",
        title: "Lain",
        date: "2023-05-11",
        reason: "Lagi",
      }),
    ).toMatchObject({ ok: false, code: "CONFLICT" });
  });

  it("a void drops the activity out of counts and the latest activity, confirmed by a reason, and keeps it", async () => {
    const created = await createActivityAction({
      districtCode: DISTRICT,
      type: "PELATIHAN",
      title: "Pelatihan kader",
      date: "2023-07-20",
      participantCount: 12,
    });
    const id = (created as { data: { id: string } }).data.id;
    expect(await activitiesIn("2023-07-31", "2023-07")).toMatchObject({
      count: 1,
      participants: 12,
      participantsUnknown: 0,
    });
    expect(await latestActivity("2023-07-31")).toBe("2023-07-20");

    expect(await voidActivityAction({ id, version: 1, reason: "" })).toMatchObject({
      ok: false,
      messageKey: "errors.reasonRequired",
    });
    expect(await voidActivityAction({ id, version: 1, reason: "Kegiatan ganda" })).toMatchObject({ ok: true });
    expect(await activitiesIn("2023-07-31", "2023-07")).toEqual({ count: 0, participants: 0, participantsUnknown: 0 });
    expect(await latestActivity("2023-07-31")).toBe("2023-05-10");

    const row = await owner.activity.findUniqueOrThrow({ where: { id } });
    expect(row.voidedAt).not.toBeNull();
    expect(await owner.recordCorrection.findFirst({ where: { recordId: id } })).toMatchObject({
      kind: "VOIDED",
      reason: "Kegiatan ganda",
      actorId: planner.id,
    });
    expect((await auditOf("Activity", id)).at(-1)).toMatchObject({ action: "update", actorId: planner.id });
    // A voided activity cannot be corrected or voided again.
    expect(await voidActivityAction({ id, version: 2, reason: "Lagi" })).toMatchObject({
      ok: false,
      messageKey: "errors.recordVoided",
    });
  });

  it("refuses dates before the floor, before the facility opened and in the district's future unless planned; nothing is written", async () => {
    const before = await owner.activity.count({ where: { districtId } });
    const base = { districtCode: DISTRICT, type: "PENYULUHAN" as const, title: "Penyuluhan posyandu" };
    expect(await createActivityAction({ ...base, date: "2021-12-31" })).toMatchObject({
      ok: false,
      messageKey: "errors.dateBeforeFloor",
      field: "date",
      values: { date: "1 Januari 2022" },
    });
    expect(await createActivityAction({ ...base, date: "2023-02-30" })).toMatchObject({
      ok: false,
      messageKey: "errors.dateInvalid",
    });

    const facility = await owner.facility.findFirstOrThrow({
      where: { districtId, type: "PUSKESMAS" },
      select: { id: true, openedOn: true },
    });
    await owner.facility.update({ where: { id: facility.id }, data: { openedOn: new Date("2024-06-01T00:00:00Z") } });
    try {
      expect(await createActivityAction({ ...base, date: "2024-05-31", facilityIds: [facility.id] })).toMatchObject({
        ok: false,
        messageKey: "errors.dateBeforeOpened",
        values: { date: "1 Juni 2024" },
      });
      expect(await createActivityAction({ ...base, date: "2024-06-01", facilityIds: [facility.id] })).toMatchObject({
        ok: true,
      });
    } finally {
      await owner.facility.update({ where: { id: facility.id }, data: { openedOn: facility.openedOn } });
    }

    const tomorrow = toIsoDate(addDays(todayIn(timeZoneOfRegion(DISTRICT)), 1));
    expect(await createActivityAction({ ...base, date: tomorrow })).toMatchObject({
      ok: false,
      messageKey: "errors.activityFuturePlanned",
    });
    expect(await owner.activity.count({ where: { districtId } })).toBe(before + 1);

    const planned = await createActivityAction({ ...base, date: tomorrow, status: "PLANNED" });
    expect(planned).toMatchObject({ ok: true });
    const plannedId = (planned as { data: { id: string } }).data.id;
    expect(await completeActivityAction({ id: plannedId, version: 1 })).toMatchObject({
      ok: false,
      messageKey: "errors.activityNotYetDue",
    });
    // Its date comes (moved to today by a correction): now it can be marked done.
    const today = toIsoDate(todayIn(timeZoneOfRegion(DISTRICT)));
    expect(
      await correctActivityAction({
        id: plannedId,
        version: 1,
        ...base,
        date: today,
        status: "PLANNED",
        reason: "Dimajukan",
      }),
    ).toMatchObject({ ok: true });
    expect(await completeActivityAction({ id: plannedId, version: 2 })).toMatchObject({
      ok: true,
      data: { version: 3 },
    });
    expect(await owner.activity.findUniqueOrThrow({ where: { id: plannedId } })).toMatchObject({ status: "DONE" });
  });
});

describe("targets: corrected and voided, never deleted", () => {
  it("a correction changes progress from then on and keeps the previous values; a void drops the target out of progress", async () => {
    const puskesmas = await owner.facility.count({ where: { districtId, type: "PUSKESMAS", closedAt: null } });
    const targetFacts = async () =>
      (
        await withScope(planner.scope, (ctx) =>
          getDistrictIndicators(ctx, { districtId }, new Date("2025-06-30T00:00:00Z")),
        )
      )[0]!.facts.targets;
    const withoutIt = await targetFacts();
    const created = await createTargetAction({
      districtCode: DISTRICT,
      year: 2028,
      kind: "PUSKESMAS_MENERAPKAN",
      targetCount: puskesmas,
      deadline: "2028-12-31",
    });
    expect(created).toMatchObject({ ok: true });
    const id = (created as { data: { id: string } }).data.id;
    const targetOf = async () => (await dashboardOn("2025-06-30")).targets.find((target) => target.id === id);
    expect((await targetOf())?.progress.target).toBe(puskesmas);

    expect(
      await updateTargetAction({ id, version: 1, targetCount: puskesmas - 1, deadline: "2028-12-31" } as never),
    ).toMatchObject({ ok: false, messageKey: "errors.reasonRequired" });
    expect(
      await updateTargetAction({
        id,
        version: 1,
        targetCount: puskesmas - 1,
        deadline: "2028-12-31",
        reason: "Satu puskesmas digabung",
      }),
    ).toMatchObject({ ok: true });
    expect((await targetOf())?.progress.target).toBe(puskesmas - 1);
    expect(await targetFacts()).not.toEqual(withoutIt);
    expect(await owner.recordCorrection.findFirst({ where: { recordId: id } })).toMatchObject({
      entity: "TARGET",
      kind: "CORRECTED",
      previous: { targetCount: puskesmas, deadline: "2028-12-31" },
    });

    expect(await voidTargetAction({ id, version: 1, reason: "Basi" })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await voidTargetAction({ id, version: 2, reason: "Target diganti kebijakan provinsi" })).toMatchObject({
      ok: true,
    });
    expect(await targetOf()).toBeUndefined();
    expect(await targetFacts()).toEqual(withoutIt);
    expect(await owner.rolloutTarget.findUniqueOrThrow({ where: { id } })).toMatchObject({
      voidedAt: expect.any(Date),
      version: 3,
    });
    expect((await auditOf("RolloutTarget", id)).map((row) => row.action)).toEqual(["insert", "update", "update"]);
    expect(
      await updateTargetAction({ id, version: 3, targetCount: 1, deadline: "2028-12-31", reason: "Lagi" }),
    ).toMatchObject({ ok: false, messageKey: "errors.recordVoided" });
    expect(
      await createTargetAction({
        districtCode: DISTRICT,
        year: 2028,
        kind: "PUSKESMAS_MENERAPKAN",
        targetCount: 1,
        deadline: "2028-12-31",
      }),
    ).toMatchObject({
      ok: false,
      messageKey: "errors.targetVoidedExists",
    });
  });

  it("refuse a target above the district's network plus the margin, and warn above today's count", async () => {
    const puskesmas = await owner.facility.count({ where: { districtId, type: "PUSKESMAS", closedAt: null } });
    const ceiling = puskesmas + Math.max(5, Math.ceil(puskesmas * 0.1));
    const input = { districtCode: DISTRICT, year: 2029, kind: "PUSKESMAS_MENERAPKAN" as const, deadline: "2029-12-31" };
    expect(await createTargetAction({ ...input, targetCount: 99_999 })).toMatchObject({
      ok: false,
      messageKey: "errors.targetAboveNetwork",
      field: "targetCount",
      values: { network: puskesmas, ceiling },
    });
    expect(await createTargetAction({ ...input, targetCount: ceiling + 1 })).toMatchObject({
      ok: false,
      messageKey: "errors.targetAboveNetwork",
    });
    expect(await owner.rolloutTarget.count({ where: { districtId, year: 2029 } })).toBe(0);
    const warned = await createTargetAction({ ...input, targetCount: ceiling });
    expect(warned).toMatchObject({
      ok: true,
      data: { warning: { messageKey: "targetForm.aboveNetwork", values: { network: puskesmas } } },
    });
    const id = (warned as { data: { id: string } }).data.id;
    expect(
      await updateTargetAction({ id, version: 1, targetCount: ceiling + 1, deadline: "2029-12-31", reason: "Naik" }),
    ).toMatchObject({ ok: false, messageKey: "errors.targetAboveNetwork" });
    const fine = await updateTargetAction({
      id,
      version: 1,
      targetCount: puskesmas,
      deadline: "2029-12-31",
      reason: "Sesuai jaringan",
    });
    expect(fine).toMatchObject({ ok: true });
    expect((fine as { data: object }).data).not.toHaveProperty("warning");
  });
});
