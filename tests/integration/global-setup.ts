import type { TestProject } from "vitest/node";
import { enableAppRoleLogin } from "@/lib/db/app-role";
import { createPrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { seedDemo } from "@/prisma/seed";
import { createScratchDatabase, dropDatabase, openTestServer } from "../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    appDatabaseUrl: string;
    adminUrl: string;
  }
}

/**
 * One migrated, seeded database for the whole integration run, dropped afterwards.
 * Tests get the owner's URL (databaseUrl) and the app role's (appDatabaseUrl).
 */
export default async function setup(project: TestProject) {
  const server = await openTestServer();
  const databaseUrl = await createScratchDatabase(server.adminUrl);
  console.log(`Integration tests on ${server.label}, database ${new URL(databaseUrl).pathname.slice(1)}`);
  await migrate(databaseUrl);
  const appDatabaseUrl = await enableAppRoleLogin(databaseUrl, process.env.APP_DB_PASSWORD || "pantau-app-local");
  const prisma = createPrismaClient(databaseUrl, { max: 2 });
  await seedDemo(prisma);
  await prisma.$disconnect();
  project.provide("databaseUrl", databaseUrl);
  project.provide("appDatabaseUrl", appDatabaseUrl);
  project.provide("adminUrl", server.adminUrl);
  return async () => {
    await dropDatabase(server.adminUrl, databaseUrl);
    await server.stop();
  };
}
