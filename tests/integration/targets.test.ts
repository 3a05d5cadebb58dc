import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { createPrismaClient } from "@/lib/db/client";
import { createTargetAction, updateTargetAction, voidTargetAction } from "@/lib/targets/actions";
import { actAs } from "../support/act-as";
import { createTenancyFixtures, ensureUser } from "../support/tenancy-fixtures";

const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
beforeAll(async () => {
  const fixtures = await createTenancyFixtures(owner);
  await actAs(await ensureUser(owner, "perencana.bengkuluselatan", "DINKES_PLANNER", fixtures.districts.sibling));
});
afterAll(() => owner.$disconnect());

describe("targets", () => {
  it("are added per year and kind, once", async () => {
    const input = {
      districtCode: "17.01",
      year: 2027,
      kind: "PUSKESMAS_MENERAPKAN" as const,
      targetCount: 10,
      deadline: "2027-12-31",
      note: "Semua puskesmas",
    };
    expect(await createTargetAction(input)).toMatchObject({ ok: true });
    expect(await createTargetAction(input)).toMatchObject({
      ok: false,
      messageKey: "errors.targetExists",
      values: { year: 2027 },
    });
    expect(await createTargetAction({ ...input, kind: "PUSTU_MENERAPKAN", deadline: "2026-12-31" })).toMatchObject({
      ok: false,
      messageKey: "errors.deadlineBeforeYear",
    });
    expect(await createTargetAction({ ...input, kind: "PUSTU_MENERAPKAN", targetCount: 0 })).toMatchObject({
      ok: false,
      messageKey: "errors.targetPositive",
    });
  });

  it("refuse a stale correction with what changed, and a stale void; a void keeps the row", async () => {
    const target = await owner.rolloutTarget.findFirstOrThrow({
      where: { year: 2027, kind: "PUSKESMAS_MENERAPKAN", district: { code: "17.01" } },
    });
    expect(
      await updateTargetAction({
        id: target.id,
        version: target.version,
        targetCount: 9,
        deadline: "2027-12-31",
        reason: "Koreksi jumlah",
      }),
    ).toMatchObject({ ok: true });
    const stale = await updateTargetAction({
      id: target.id,
      version: target.version,
      targetCount: 8,
      deadline: "2027-06-30",
      reason: "Koreksi lain",
    });
    expect(stale).toMatchObject({
      ok: false,
      code: "CONFLICT",
      values: { by: "perencana.bengkuluselatan", fields: "note, targetCount" },
    });
    expect(await voidTargetAction({ id: target.id, version: target.version, reason: "Dibatalkan" })).toMatchObject({
      ok: false,
      code: "CONFLICT",
    });
    expect(await voidTargetAction({ id: target.id, version: target.version + 1, reason: "Dibatalkan" })).toMatchObject({
      ok: true,
    });
    expect(await owner.rolloutTarget.findUniqueOrThrow({ where: { id: target.id } })).toMatchObject({
      voidedAt: expect.any(Date),
    });
  });
});
