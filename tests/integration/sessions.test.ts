import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { changeStageAction } from "@/lib/facilities/actions";
import { createPrismaClient } from "@/lib/db/client";
import {
  changeOwnPasswordAction,
  resetPasswordAction,
  revokeRoleAction,
  setUserActiveAction,
  signOutEverywhereAction,
} from "@/lib/users/actions";
import { resolveSessionUser } from "@/lib/server/session";
import { authOptions } from "@/lib/server/auth";
import { SESSION_MAX_AGE_SECONDS, sessionIdleMs, startSession } from "@/lib/auth/user-sessions";
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
  const claims = { userId, sessionVersion, sessionId: await startSession(owner, userId) };
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
    expect(
      await changeOwnPasswordAction({ currentPassword: TEST_PASSWORD, newPassword: "sandi-baru-sekali-789" }),
    ).toMatchObject({ ok: true });
    expect(await resolveSessionUser(claims)).toBeNull();
  });

  it("refuses a password change with the wrong current password", async () => {
    const { userId, claims } = await plannerWithSession();
    await actAs(userId);
    expect(
      await changeOwnPasswordAction({ currentPassword: "bukan-sandinya", newPassword: "sandi-baru-sekali-789" }),
    ).toMatchObject({
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
    const facility = await owner.facility.findUniqueOrThrow({
      where: { id: fixtures.facilities.samePuskesmasDistrict },
    });
    expect(
      await changeStageAction({
        facilityId: facility.id,
        toStage: "MENERAPKAN",
        effectiveDate: "2025-01-01",
        note: "x",
        version: facility.version,
      }),
    ).toMatchObject({ ok: false, code: "UNAUTHENTICATED" });
    expect(
      await changeOwnPasswordAction({ currentPassword: "sementara-reset-123", newPassword: "sandi-pilihan-sendiri-1" }),
    ).toMatchObject({ ok: true });
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

describe("a session ends on the server", () => {
  /** A planner signed in now: a session row, as authorize() records it. */
  async function signedIn() {
    const userId = await ensureUser(owner, `sesi-${++serial}`, "DINKES_PLANNER", fixtures.districts.own);
    const { sessionVersion } = await owner.user.findUniqueOrThrow({ where: { id: userId } });
    const sessionId = await startSession(owner, userId);
    const claims = { userId, sessionVersion, sessionId };
    expect(await resolveSessionUser(claims)).not.toBeNull();
    return { userId, sessionId, claims };
  }
  const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

  it("signing out refuses the same cookie afterwards, and only that session", async () => {
    const { userId, sessionId, claims } = await signedIn();
    const otherDevice = { ...claims, sessionId: await startSession(owner, userId) };
    await authOptions.events!.signOut!({ token: { userId, sessionId }, session: null as never });
    expect(await resolveSessionUser(claims)).toBeNull();
    expect(await resolveSessionUser(otherDevice)).not.toBeNull();
    expect((await owner.userSession.findUniqueOrThrow({ where: { id: sessionId } })).revokedAt).not.toBeNull();
    expect(await owner.auditLog.count({ where: { action: "auth.sign_out", actorId: userId } })).toBe(1);
  });

  it("refuses a cookie without a session id, with another user's session id, or with a made-up one", async () => {
    const { userId, claims } = await signedIn();
    const other = await signedIn();
    expect(await resolveSessionUser({ userId, sessionVersion: claims.sessionVersion })).toBeNull();
    expect(await resolveSessionUser({ ...claims, sessionId: other.sessionId })).toBeNull();
    expect(await resolveSessionUser({ ...claims, sessionId: "00000000-0000-4000-8000-000000000000" })).toBeNull();
    expect(await resolveSessionUser({ ...claims, sessionId: "not-a-uuid" })).toBeNull();
  });

  it("ends a session idle longer than SESSION_IDLE_MINUTES, and keeps one in use alive", async () => {
    const idleMinutes = sessionIdleMs() / 60_000;
    const idle = await signedIn();
    await owner.userSession.update({
      where: { id: idle.sessionId },
      data: { lastSeenAt: minutesAgo(idleMinutes + 1) },
    });
    expect(await resolveSessionUser(idle.claims)).toBeNull();

    const active = await signedIn();
    await owner.userSession.update({
      where: { id: active.sessionId },
      data: { lastSeenAt: minutesAgo(idleMinutes - 1) },
    });
    expect(await resolveSessionUser(active.claims)).not.toBeNull();
    // That use counted: the session's idle clock starts again.
    const touched = await owner.userSession.findUniqueOrThrow({ where: { id: active.sessionId } });
    expect(touched.lastSeenAt.getTime()).toBeGreaterThan(Date.now() - 60_000);
  });

  it("writes lastSeenAt at most about once a minute", async () => {
    const { sessionId, claims } = await signedIn();
    const recent = new Date(Date.now() - 10_000);
    await owner.userSession.update({ where: { id: sessionId }, data: { lastSeenAt: recent } });
    expect(await resolveSessionUser(claims)).not.toBeNull();
    expect((await owner.userSession.findUniqueOrThrow({ where: { id: sessionId } })).lastSeenAt.getTime()).toBe(
      recent.getTime(),
    );
  });

  it("ends a session older than the session lifetime, even when in use", async () => {
    const { sessionId, claims } = await signedIn();
    await owner.userSession.update({
      where: { id: sessionId },
      data: { createdAt: new Date(Date.now() - (SESSION_MAX_AGE_SECONDS + 60) * 1000) },
    });
    expect(await resolveSessionUser(claims)).toBeNull();
  });

  it("sign-out everywhere still ends sessions that have a server-side row", async () => {
    const { userId, claims } = await signedIn();
    await actAs(userId);
    expect(await signOutEverywhereAction({})).toMatchObject({ ok: true });
    expect(await resolveSessionUser(claims)).toBeNull();
  });
});
