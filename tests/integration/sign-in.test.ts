import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { checkSignIn } from "@/lib/auth/sign-in";
import { THROTTLE_RULES } from "@/lib/auth/throttle";
import { createPrismaClient } from "@/lib/db/client";
import { CLIENT_ADDRESS_HEADER, TRUSTED_ADDRESS_ENV } from "@/lib/runtime/client-address";
import { authOptions, UNAVAILABLE_ERROR } from "@/lib/server/auth";
import { ensureUser, TEST_PASSWORD } from "../support/tenancy-fixtures";

// Sign-in runs before any scope exists, as the app role.
const app = createPrismaClient(inject("appDatabaseUrl"), { max: 2 });
const owner = createPrismaClient(inject("databaseUrl"), { max: 2 });
let username = "";
beforeAll(async () => {
  const district = await owner.region.findUniqueOrThrow({ where: { code: "17.02" } });
  username = (
    await owner.user.findUniqueOrThrow({
      where: { id: await ensureUser(owner, "masuk.uji", "DINKES_PLANNER", district.id) },
    })
  ).username;
});
afterAll(async () => {
  await app.$disconnect();
  await owner.$disconnect();
});

const attempt = (password: string, ip: string, who = username) =>
  app.$transaction((tx) => checkSignIn(tx, who, password, ip));

describe("sign-in", () => {
  it("accepts the right password and refuses a wrong one with the same generic answer as an unknown user", async () => {
    expect(await attempt(TEST_PASSWORD, "10.0.0.1")).toMatchObject({ ok: true });
    expect(await attempt("salah", "10.0.0.1")).toEqual({ ok: false, reason: "INVALID" });
    expect(await attempt("salah", "10.0.0.1", "tidak.ada")).toEqual({ ok: false, reason: "INVALID" });
  });

  it("locks a username at an address after the limit, and then refuses even the right password", async () => {
    const ip = "10.0.0.2";
    const { limit } = THROTTLE_RULES.userAtAddress;
    for (let failure = 1; failure < limit; failure++)
      expect(await attempt("salah", ip)).toEqual({ ok: false, reason: "INVALID" });
    const locked = await attempt("salah", ip);
    expect(locked).toMatchObject({ ok: false, reason: "LOCKED" });
    const next = await attempt(TEST_PASSWORD, ip);
    expect(next).toMatchObject({ ok: false, reason: "LOCKED" });
    if (next.ok || next.reason !== "LOCKED") throw new Error("expected a lock-out");
    expect(next.until.getTime()).toBeGreaterThan(Date.now() + 10 * 60_000);
    // The same user from another address is not locked out by this one.
    expect(await attempt(TEST_PASSWORD, "10.0.0.3")).toMatchObject({ ok: true });
  });

  it("limits failures per address across usernames", async () => {
    const ip = "10.0.0.4";
    const { limit } = THROTTLE_RULES.address;
    for (let failure = 0; failure < limit; failure++) await attempt("salah", ip, `tebakan-${failure}`);
    expect(await attempt(TEST_PASSWORD, ip)).toMatchObject({ ok: false, reason: "LOCKED" });
  });

  it("a success clears the count of consecutive failures", async () => {
    const ip = "10.0.0.5";
    for (let failure = 0; failure < THROTTLE_RULES.userAtAddress.limit - 1; failure++) await attempt("salah", ip);
    expect(await attempt(TEST_PASSWORD, ip)).toMatchObject({ ok: true });
    for (let failure = 0; failure < THROTTLE_RULES.userAtAddress.limit - 1; failure++) await attempt("salah", ip);
    expect(await attempt(TEST_PASSWORD, ip)).toMatchObject({ ok: true });
  });

  it("audits sign-ins, failures and lock-outs without ever storing a password", async () => {
    const actions = await owner.auditLog.groupBy({
      by: ["action"],
      where: { entityId: username },
      _count: { _all: true },
    });
    const count = (action: string) => actions.find((row) => row.action === action)?._count._all ?? 0;
    expect(count("auth.sign_in")).toBeGreaterThanOrEqual(3);
    expect(count("auth.sign_in_failed")).toBeGreaterThanOrEqual(10);
    expect(count("auth.locked_out")).toBeGreaterThanOrEqual(1);
    expect(count("auth.sign_in_refused_locked")).toBeGreaterThanOrEqual(1);
    const leaked = await owner.$queryRaw<{ count: bigint }[]>`
      SELECT count(*) AS count FROM "AuditLog" a WHERE a::text LIKE ${"%" + TEST_PASSWORD + "%"} OR a::text LIKE '%$argon2%'`;
    expect(Number(leaked[0]!.count)).toBe(0);
  });
});

describe("sign-in through next-auth's authorize()", () => {
  const provider = authOptions.providers[0] as unknown as {
    options: { authorize: (raw: unknown, request: unknown) => Promise<unknown> };
  };
  /** A request as our server hands it to the app: the trusted address header, and whatever X-Forwarded-For the client wrote. */
  const authorize = (raw: unknown, address: string, forwardedFor = "198.51.100.1") =>
    provider.options.authorize(raw, { headers: { [CLIENT_ADDRESS_HEADER]: address, "x-forwarded-for": forwardedFor } });
  beforeAll(() => {
    process.env[TRUSTED_ADDRESS_ENV] = "1";
  });
  afterAll(() => {
    delete process.env[TRUSTED_ADDRESS_ENV];
  });

  it("signs in with a server-side session row", async () => {
    const user = (await authorize({ username, password: TEST_PASSWORD }, "10.0.1.1")) as {
      id: string;
      sessionId: string;
    };
    const session = await owner.userSession.findUniqueOrThrow({ where: { id: user.sessionId } });
    expect(session).toMatchObject({ userId: user.id, revokedAt: null });
  });

  it("counts, audits and finally locks malformed input like any wrong password, never a 500", async () => {
    const address = "10.0.1.2";
    const malformed = [
      { username: `${username}\u0000`, password: "x" },
      { username, password: "x".repeat(5000) },
      { username, password: "a\u0000b" },
      { username },
      { username: `${username}\u0000`, password: ["array"] },
    ];
    for (let failure = 1; failure < THROTTLE_RULES.userAtAddress.limit; failure++) {
      expect(await authorize(malformed[failure % malformed.length], address)).toBeNull();
    }
    await expect(authorize(malformed[0], address)).rejects.toThrow(/^LOCKED:\d{4}-/);
    // The lock covers the right password too, from this address only.
    await expect(authorize({ username, password: TEST_PASSWORD }, address)).rejects.toThrow(/^LOCKED:/);
    const audited = await owner.auditLog.count({
      where: { action: "auth.sign_in_failed", entityId: username, ip: address },
    });
    expect(audited).toBe(THROTTLE_RULES.userAtAddress.limit);
    expect(
      await owner.auditLog.count({
        where: { action: "auth.sign_in_failed", ip: address, after: { path: ["malformed"], equals: true } },
      }),
    ).toBe(audited);
  });

  it("a new X-Forwarded-For value per attempt neither bypasses the lock nor moves it", async () => {
    const address = "10.0.1.3";
    for (let failure = 1; failure <= THROTTLE_RULES.userAtAddress.limit; failure++) {
      await authorize({ username, password: "salah" }, address, `203.0.113.${failure}`).catch(() => undefined);
    }
    await expect(authorize({ username, password: TEST_PASSWORD }, address, "203.0.113.200")).rejects.toThrow(
      /^LOCKED:/,
    );
    // The addresses the attacker wrote are not locked: their owners still sign in.
    expect(await authorize({ username, password: TEST_PASSWORD }, "203.0.113.1", address)).toMatchObject({
      id: expect.any(String),
    });
  });

  it("without a trusted client address refuses with a known code, never the underlying error text", async () => {
    delete process.env[TRUSTED_ADDRESS_ENV];
    try {
      await expect(authorize({ username, password: TEST_PASSWORD }, "10.0.1.4")).rejects.toThrow(
        new RegExp(`^${UNAVAILABLE_ERROR}$`),
      );
    } finally {
      process.env[TRUSTED_ADDRESS_ENV] = "1";
    }
  });
});
