import type { Prisma } from "@/lib/generated/prisma/client";
import { writeAudit } from "@/lib/audit/write";
import { verifyPassword } from "./password";
import { lockedUntil, recordFailure, recordSuccess } from "./throttle";

// Verifying against a real hash for unknown users keeps response times alike.
const DUMMY_HASH = "$argon2id$v=19$m=19456,t=2,p=1$Tu5mD9mYYu/YQioa9v/hLg$RvZk1PpCpqooFCF7xsHhf1vzp9QkgI5rk/GBtxusk8w";

export type SignInResult =
  | { ok: true; user: { id: string; name: string; sessionVersion: number } }
  | { ok: false; reason: "INVALID" }
  | { ok: false; reason: "LOCKED"; until: Date };

/**
 * Checks a username and password: refused while the username+address or the
 * address is locked out (even with the right password), counted when wrong,
 * and audited either way. The password itself is never stored or logged.
 */
export async function checkSignIn(
  client: Prisma.TransactionClient,
  username: string,
  password: string,
  ip: string,
): Promise<SignInResult> {
  const locked = await lockedUntil(client, username, ip);
  if (locked) {
    await writeAudit(client, {
      actorId: null,
      action: "auth.sign_in_refused_locked",
      entity: "auth",
      entityId: username,
      ip,
    });
    return { ok: false, reason: "LOCKED", until: locked };
  }
  const user = await client.user.findUnique({
    where: { username },
    select: {
      id: true,
      name: true,
      passwordHash: true,
      active: true,
      sessionVersion: true,
      roles: { select: { regionId: true }, take: 1 },
    },
  });
  const valid = await verifyPassword(user?.passwordHash ?? DUMMY_HASH, password);
  if (!user || !valid || !user.active) return failed(client, username, ip, user?.id ?? null);
  await recordSuccess(client, username, ip);
  await writeAudit(client, {
    actorId: user.id,
    districtId: await districtOf(client, user.roles[0]?.regionId),
    action: "auth.sign_in",
    entity: "auth",
    entityId: username,
    ip,
  });
  return { ok: true, user: { id: user.id, name: user.name, sessionVersion: user.sessionVersion } };
}

/**
 * A sign-in whose input failed validation (a control character, an overlong or
 * missing field): refused, counted and audited like a wrong password, under a
 * cleaned-up form of the username (see loggableUsername).
 */
export async function refuseMalformedSignIn(
  client: Prisma.TransactionClient,
  username: string,
  ip: string,
): Promise<SignInResult> {
  const locked = await lockedUntil(client, username, ip);
  if (locked) {
    await writeAudit(client, {
      actorId: null,
      action: "auth.sign_in_refused_locked",
      entity: "auth",
      entityId: username,
      ip,
    });
    return { ok: false, reason: "LOCKED", until: locked };
  }
  return failed(client, username, ip, null, { malformed: true });
}

/** Counts and audits a failed sign-in, and the lock-out it may have caused. */
async function failed(
  client: Prisma.TransactionClient,
  username: string,
  ip: string,
  actorId: string | null,
  detail?: Prisma.InputJsonObject,
): Promise<SignInResult> {
  const lockedNow = await recordFailure(client, username, ip);
  await writeAudit(client, {
    actorId,
    action: "auth.sign_in_failed",
    entity: "auth",
    entityId: username,
    ip,
    ...(detail ? { after: detail } : {}),
  });
  if (lockedNow) {
    await writeAudit(client, {
      actorId,
      action: "auth.locked_out",
      entity: "auth",
      entityId: username,
      ip,
      after: { until: lockedNow.toISOString() },
    });
    return { ok: false, reason: "LOCKED", until: lockedNow };
  }
  return { ok: false, reason: "INVALID" };
}

const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f-\u009f]/g;

/** A username fit for a throttle key and the audit log, whatever was sent: text, no control characters, at most 100 characters. */
export function loggableUsername(raw: unknown): string {
  const text = typeof raw === "string" ? raw : "";
  return text.replace(CONTROL_CHARACTERS, "").trim().toLowerCase().slice(0, 100) || "(kosong)";
}

/** The district a region id names (itself for a kabupaten), so a Dinkes admin sees their users' sign-ins. */
export async function districtOf(
  client: Prisma.TransactionClient,
  regionId: string | null | undefined,
): Promise<string | null> {
  if (!regionId) return null;
  const region = await client.region.findUnique({ where: { id: regionId }, select: { districtId: true } });
  return region?.districtId ?? null;
}
