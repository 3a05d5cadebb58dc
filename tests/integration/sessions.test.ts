import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { changeStageAction } from "@/lib/facilities/actions";
import { createPrismaClient } from "@/lib/db/client";
import { changeOwnPasswordAction, resetPasswordAction, revokeRoleAction, setUserActiveAction, signOutEverywhereAction } from "@/lib/users/actions";
import { resolveSessionUser } from "@/lib/server/session";
import { actAs } from "../support/act-as";
import { createTenancyFixtures, ensureUser, TEST_PASSWORD, type TenancyFixtures } from "../support/tenancy-fixtures";

const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
let fixtures: TenancyFixtures;
let serial = 0;
beforeAll(async () => {
  fixtures = await createTenancyFixtures(owner);
});
afterAll(() => owner.$disconnect());

/** A fresh planner of Rejang Lebong and the claims of a session they hold now. */
async function plannerWithSession() {
  const userId = await ensureUser(owner, `sesi-${++serial}`, "DINKES_PLANNER", fixtures.districts.own);
  const { sessionVersion } = await owner.user.findUniqueOrThrow({ where: { id: userId } });
  const claims = { userId, sessionVersion };
  expect(await resolveSessionUser(claims)).not.toBeNull();
  return { userId, claims };
}

describe("sessions end when they must", () => {
  it("a deactivated user's existing session stops working", async () => {
    const { userId, claims } = await plannerWithSession();
    await actAs(fixtures.users.districtAdmin);
    expect(await setUserActiveAction({ userId, active: false })).toMatchObject({ ok: true });
    expect(await resolveSessionUser(claims)).toBeNull();
    // Reactivating does not revive the old session.
    expect(await setUserActiveAction({ userId, active: true })).toMatchObject({ ok: true });
    expect(await resolveSessionUser(claims)).toBeNull();
  });

  it("a changed password ends the user's other sessions", async () => {
    const { userId, claims } = await plannerWithSession();
    await actAs(userId);
    expect(await changeOwnPasswordAction({ currentPassword: TEST_PASSWORD, newPassword: "sandi-baru-sekali-789" })).toMatchObject({ ok: true });
    expect(await resolveSessionUser(claims)).toBeNull();
  });

  it("refuses a password change with the wrong current password", async () => {
    const { userId, claims } = await plannerWithSession();
    await actAs(userId);
    expect(await changeOwnPasswordAction({ currentPassword: "bukan-sandinya", newPassword: "sandi-baru-sekali-789" })).toMatchObject({
      ok: false,
      code: "VALIDATION",
      messageKey: "errors.currentPasswordWrong",
    });
    expect(await resolveSessionUser(claims)).not.toBeNull();
  });

  it("sign-out everywhere ends every session", async () => {
    const { userId, claims } = await plannerWithSession();
    await actAs(userId);
    expect(await signOutEverywhereAction({})).toMatchObject({ ok: true });
    expect(await resolveSessionUser(claims)).toBeNull();
  });

  it("a reset password ends sessions and allows nothing but changing it", async () => {
    const { userId, claims } = await plannerWithSession();
    await actAs(fixtures.users.districtAdmin);
    expect(await resetPasswordAction({ userId, temporaryPassword: "sementara-reset-123" })).toMatchObject({ ok: true });
    expect(await resolveSessionUser(claims)).toBeNull();

    await actAs(userId);
    const facility = await owner.facility.findUniqueOrThrow({ where: { id: fixtures.facilities.samePuskesmasDistrict } });
    expect(
      await changeStageAction({ facilityId: facility.id, toStage: "MENERAPKAN", effectiveDate: "2025-01-01", note: "x", version: facility.version }),
    ).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(await changeOwnPasswordAction({ currentPassword: "sementara-reset-123", newPassword: "sandi-pilihan-sendiri-1" })).toMatchObject({ ok: true });
    expect((await owner.user.findUniqueOrThrow({ where: { id: userId } })).mustChangePassword).toBe(false);
  });

  it("a revoked role narrows the scope of a session already open", async () => {
    const { userId, claims } = await plannerWithSession();
    const assignment = await owner.roleAssignment.findFirstOrThrow({ where: { userId } });
    expect((await resolveSessionUser(claims))!.scope.districtIds.has(fixtures.districts.own)).toBe(true);
    await actAs(fixtures.users.districtAdmin);
    expect(await revokeRoleAction({ roleAssignmentId: assignment.id })).toMatchObject({ ok: true });
    expect((await resolveSessionUser(claims))!.scope.districtIds.size).toBe(0);
  });
});
