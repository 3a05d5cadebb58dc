import type { Prisma } from "@/lib/generated/prisma/client";

type Client = Prisma.TransactionClient;

/** OWASP-style limits: ~10 consecutive failures per username and address, ~100 a day per address. */
export const THROTTLE_RULES = {
  userAtAddress: { limit: 10, windowMs: 60 * 60_000, lockMs: 15 * 60_000 },
  address: { limit: 100, windowMs: 24 * 60 * 60_000, lockMs: 24 * 60 * 60_000 },
} as const;

const keysFor = (username: string, ip: string) => ({
  userAtAddress: `user-ip:${username.toLowerCase()}|${ip}`,
  address: `ip:${ip}`,
});

/** When the caller may try again, or null when not locked out. */
export async function lockedUntil(
  client: Client,
  username: string,
  ip: string,
  now = new Date(),
): Promise<Date | null> {
  const keys = keysFor(username, ip);
  const rows = await client.loginThrottle.findMany({
    where: { key: { in: [keys.userAtAddress, keys.address] }, lockedUntil: { gt: now } },
    select: { lockedUntil: true },
  });
  const until = rows.map((row) => row.lockedUntil!.getTime());
  return until.length ? new Date(Math.max(...until)) : null;
}

/** Counts a failed sign-in; returns the lock-out end when this failure reached a limit. */
export async function recordFailure(
  client: Client,
  username: string,
  ip: string,
  now = new Date(),
): Promise<Date | null> {
  const keys = keysFor(username, ip);
  const lockouts: number[] = [];
  for (const [rule, key] of Object.entries(keys) as [keyof typeof THROTTLE_RULES, string][]) {
    const { limit, windowMs, lockMs } = THROTTLE_RULES[rule];
    const windowFloor = new Date(now.getTime() - windowMs);
    // One statement, so concurrent failures cannot lose a count.
    const [row] = await client.$queryRaw<{ failures: number; windowStart: Date }[]>`
      INSERT INTO "LoginThrottle" (key, failures, "windowStart") VALUES (${key}, 1, ${now})
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN "LoginThrottle"."windowStart" < ${windowFloor} THEN 1 ELSE "LoginThrottle".failures + 1 END,
        "windowStart" = CASE WHEN "LoginThrottle"."windowStart" < ${windowFloor} THEN ${now} ELSE "LoginThrottle"."windowStart" END
      RETURNING failures, "windowStart"`;
    if (row && row.failures >= limit) {
      const until = new Date(
        Math.max(
          now.getTime() + (rule === "address" ? 0 : lockMs),
          row.windowStart.getTime() + (rule === "address" ? lockMs : 0),
        ),
      );
      await client.loginThrottle.update({ where: { key }, data: { lockedUntil: until } });
      lockouts.push(until.getTime());
    }
  }
  return lockouts.length ? new Date(Math.max(...lockouts)) : null;
}

/** A successful sign-in clears the consecutive-failure count for that username and address. */
export async function recordSuccess(client: Client, username: string, ip: string): Promise<void> {
  await client.loginThrottle.deleteMany({ where: { key: keysFor(username, ip).userAtAddress } });
}
