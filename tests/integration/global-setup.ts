import type { TestProject } from "vitest/node";
import { enableAppRoleLogin } from "@/lib/db/app-role";
import { createPrismaClient } from "@/lib/db/client";
import { migrate } from "@/lib/db/migrate";
import { seedDemo } from "@/prisma/seed";
import {
  createScratchDatabase,
  databaseName,
  dropTemplateAndClones,
  openTestServer,
  sealTemplate,
} from "../support/test-database";

declare module "vitest" {
  export interface ProvidedContext {
    /** The owner's URL of this test file's own database (set per file by use-test-database.ts). */
    databaseUrl: string;
    /** The same database as the app role `pantau_app`, bound by row-level security. */
    appDatabaseUrl: string;
    adminUrl: string;
    /** The migrated, seeded database every test file's database is cloned from. Nobody connects to it. */
    templateDatabaseUrl: string;
    appRolePassword: string;
  }
}

/**
 * Migrates and seeds one template database per run; each test file then works
 * on its own clone of it (tests/integration/use-test-database.ts), so no file
 * sees another's rows and files may run in any order, or at once.
 */
export default async function setup(project: TestProject) {
  const server = await openTestServer();
  const templateUrl = await createScratchDatabase(server.adminUrl);
  console.log(`Integration tests on ${server.label}, template database ${databaseName(templateUrl)}`);
  try {
    await migrate(templateUrl);
    const appRolePassword = process.env.APP_DB_PASSWORD || "pantau-app-local";
    await enableAppRoleLogin(templateUrl, appRolePassword);
    const prisma = createPrismaClient(templateUrl, { max: 2 });
    try {
      await seedDemo(prisma);
    } finally {
      await prisma.$disconnect();
    }
    await sealTemplate(server.adminUrl, templateUrl);
    project.provide("templateDatabaseUrl", templateUrl);
    project.provide("appRolePassword", appRolePassword);
    project.provide("adminUrl", server.adminUrl);
  } catch (error) {
    await dropTemplateAndClones(server.adminUrl, templateUrl);
    await server.stop();
    throw error;
  }
  return async () => {
    await dropTemplateAndClones(server.adminUrl, templateUrl);
    await server.stop();
  };
}
