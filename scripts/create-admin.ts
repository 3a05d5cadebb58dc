// `npm run user:create-admin -- <username> "<Full name>"`: the first national admin of a fresh database.
// The password comes from ADMIN_PASSWORD, or a random one is printed once; it must be changed at first sign-in.
import crypto from "node:crypto";
import { writeAudit } from "../lib/audit/write";
import { hashPassword } from "../lib/auth/password";
import { createPrismaClient } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { openDatabase } from "../lib/db/provision";

const [username, name] = process.argv.slice(2);
if (!username || !/^[a-z0-9._-]{3,50}$/.test(username) || !name) {
  console.error('Usage: npm run user:create-admin -- <username> "<Full name>"   (username: a-z 0-9 . _ -)');
  process.exit(2);
}
const password = process.env.ADMIN_PASSWORD || crypto.randomBytes(12).toString("base64url");
if (password.length < 12) {
  console.error("ADMIN_PASSWORD must have at least 12 characters.");
  process.exit(2);
}

const database = await openDatabase();
const prisma = createPrismaClient(database.url, { max: 1 });
try {
  await migrate(database.url);
  const created = await prisma.$transaction(async (tx) => {
    if (await tx.user.findUnique({ where: { username } })) throw new Error(`User ${username} already exists.`);
    const user = await tx.user.create({
      data: {
        username,
        name,
        passwordHash: await hashPassword(password),
        mustChangePassword: true,
        roles: { create: { role: "NATIONAL_ADMIN" } },
      },
    });
    await writeAudit(tx, {
      actorId: null,
      action: "user.create",
      entity: "user",
      entityId: user.id,
      after: { username, name, role: "NATIONAL_ADMIN", via: "create-admin script" },
    });
    return user;
  });
  console.log(`Created national admin ${created.username}.`);
  if (!process.env.ADMIN_PASSWORD) console.log(`Temporary password (shown once): ${password}`);
} finally {
  await prisma.$disconnect();
  await database.stop();
}
