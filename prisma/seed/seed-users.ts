import type { Prisma } from "@/lib/generated/prisma/client";
import { hashPassword } from "@/lib/auth/password";
import { seedId } from "@/lib/db/seed-ids";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./demo-facts";
import { facilityId } from "./seed-facilities";
import { regionId } from "./seed-regions";

type Tx = Prisma.TransactionClient;

/** The demo accounts, all with DEMO_PASSWORD. Existing accounts are left as they are. */
export async function seedDemoUsers(tx: Tx): Promise<void> {
  const existing = await tx.user.count({
    where: { username: { in: DEMO_ACCOUNTS.map((account) => account.username) } },
  });
  if (existing === DEMO_ACCOUNTS.length) return;
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  await tx.user.createMany({
    skipDuplicates: true,
    data: DEMO_ACCOUNTS.map((account) => ({
      id: seedId(`user:${account.username}`),
      username: account.username,
      name: account.name,
      passwordHash,
    })),
  });
  await tx.roleAssignment.createMany({
    skipDuplicates: true,
    data: DEMO_ACCOUNTS.map((account) => ({
      id: seedId(`role:${account.username}:${account.role}`),
      userId: seedId(`user:${account.username}`),
      role: account.role,
      regionId: account.regionCode ? regionId(account.regionCode) : null,
      puskesmasId: account.puskesmasCode ? facilityId("PUSKESMAS", account.puskesmasCode) : null,
    })),
  });
}
