import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import {
  addActivityAttachmentAction,
  completeActivityAction,
  createActivityAction,
  deleteActivityAction,
} from "@/lib/activities/actions";
import { getActivityAttachment, listActivities, ZActivityFilters } from "@/lib/activities/queries";
import { createPrismaClient } from "@/lib/db/client";
import { getDistrictByCode } from "@/lib/rollout/queries";
import { NotFoundError } from "@/lib/server/errors";
import { withScope } from "@/lib/server/scoped-db";
import { actAs } from "../support/act-as";
import { createTenancyFixtures, ensureUser, type TenancyFixtures } from "../support/tenancy-fixtures";

const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
let fixtures: TenancyFixtures;
beforeAll(async () => {
  fixtures = await createTenancyFixtures(owner);
});
afterAll(() => owner.$disconnect());

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3, 4]);

describe("activities as planners run them", () => {
  it("ask 'lainnya' what it was, keep a future date for planned ones, and mark them done only once due", async () => {
    await actAs(fixtures.users.planner);
    const base = { districtCode: "17.02", title: "Rapat uji", date: "2024-06-01" };
    expect(await createActivityAction({ ...base, type: "LAINNYA" })).toMatchObject({
      ok: false,
      messageKey: "errors.activityTypeNoteRequired",
      field: "typeNote",
    });
    // A note on another type is dropped, so the database check holds.
    const coordination = await createActivityAction({ ...base, type: "RAPAT_KOORDINASI", typeNote: "x" });
    expect(coordination).toMatchObject({ ok: true });
    const stored = await owner.activity.findUniqueOrThrow({
      where: { id: coordination.ok ? coordination.data.id : "" },
    });
    expect(stored.typeNote).toBeNull();

    const future = `${new Date().getUTCFullYear() + 1}-03-01`;
    expect(await createActivityAction({ ...base, type: "ADVOKASI", date: future })).toMatchObject({
      ok: false,
      messageKey: "errors.activityFuturePlanned",
    });
    const planned = await createActivityAction({ ...base, type: "ADVOKASI", date: future, status: "PLANNED" });
    expect(planned).toMatchObject({ ok: true });
    const plannedId = planned.ok ? planned.data.id : "";
    expect(await completeActivityAction({ id: plannedId, version: 1 })).toMatchObject({
      ok: false,
      messageKey: "errors.activityNotYetDue",
    });
    expect(await deleteActivityAction({ id: plannedId, version: 7 })).toMatchObject({ ok: false, code: "CONFLICT" });
    expect(await deleteActivityAction({ id: plannedId, version: 1 })).toMatchObject({ ok: true });
    expect(await owner.activity.count({ where: { id: plannedId } })).toBe(0);
  });

  it("count unknown participants as unknown, never as 0, and planned ones apart from done ones", async () => {
    const planner = (await actAs(fixtures.users.planner))!;
    const year = 2023;
    for (const [day, participantCount] of [
      ["02", 10],
      ["03", undefined],
      ["04", 5],
    ] as const)
      expect(
        await createActivityAction({
          districtCode: "17.02",
          type: "PENDAMPINGAN",
          title: "Pendampingan puskesmas",
          date: `${year}-05-${day}`,
          ...(participantCount === undefined ? {} : { participantCount }),
        }),
      ).toMatchObject({ ok: true });
    const totals = await withScope(planner.scope, async (ctx) => {
      const district = await getDistrictByCode(ctx, "17.02");
      return (await listActivities(ctx, district, ZActivityFilters.parse({ tahun: String(year) }))).totals;
    });
    expect(totals).toEqual({ done: 3, planned: 0, participants: 15, participantsUnknown: 1 });
  });

  it("keep attachments like stage evidence, readable in the district only", async () => {
    await actAs(fixtures.users.planner);
    const created = await createActivityAction({
      districtCode: "17.02",
      type: "LOKAKARYA_MINI",
      title: "Lokmin uji",
      date: "2024-02-02",
    });
    const activityId = created.ok ? created.data.id : "";
    const form = new FormData();
    form.set("activityId", activityId);
    form.set("kind", "DAFTAR_HADIR");
    form.set("file", new File([PNG], "daftar hadir.png", { type: "image/png" }));
    const added = await addActivityAttachmentAction(form);
    expect(added).toMatchObject({ ok: true });
    const fake = new FormData();
    fake.set("activityId", activityId);
    fake.set("kind", "FOTO");
    fake.set("file", new File([new TextEncoder().encode("MZ not a photo")], "foto.jpg"));
    expect(await addActivityAttachmentAction(fake)).toMatchObject({ ok: false, messageKey: "errors.evidenceType" });

    const attachmentId = added.ok ? added.data.id : "";
    const national = (await actAs(fixtures.users.national))!;
    const file = await withScope(national.scope, (ctx) => getActivityAttachment(ctx, attachmentId));
    expect(file).toMatchObject({ fileName: "daftar hadir.png", contentType: "image/png" });
    expect([...file.content]).toEqual([...PNG]);
    const stranger = (await actAs(await ensureUser(owner, "pemantau.kudus", "VIEWER", fixtures.districts.other)))!;
    await expect(withScope(stranger.scope, (ctx) => getActivityAttachment(ctx, attachmentId))).rejects.toThrow(
      NotFoundError,
    );
    const audit = await owner.auditLog.findFirst({ where: { entity: "ActivityAttachment", entityId: attachmentId } });
    expect(audit?.after).toMatchObject({ kind: "DAFTAR_HADIR", fileName: "daftar hadir.png" });
  });
});
