// `npm run db:seed`: migrates, then writes the demo data (safe to run again).
import { createPrismaClient } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { openDatabase } from "../lib/db/provision";
import { seedDemo } from "../prisma/seed";

const database = await openDatabase();
const prisma = createPrismaClient(database.url, { max: 2 });
try {
  await migrate(database.url);
  await seedDemo(prisma);
  console.log("Demo data is in place.");
} finally {
  await prisma.$disconnect();
  await database.stop();
}
