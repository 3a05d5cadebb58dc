import type { TestProject } from "vitest/node";
import { APP_ROLE, enableAppRoleLogin } from "@/lib/db/app-role";
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
import { startPgBouncer, type PgBouncer } from "../support/pgbouncer";

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
    /** Set in the PgBouncer stage (TEST_PGBOUNCER=on): host:port the app role connects through instead. */
    appConnectsThrough: string;
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
  let bouncer: PgBouncer | undefined;
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
    // The PgBouncer stage (scripts/test.ts): the app role's connections, and only
    // theirs, go through pgbouncer in transaction pooling mode with a small pool,
    // so one server connection serves many scopes in turn.
    if (process.env.TEST_PGBOUNCER === "on") {
      bouncer = await startPgBouncer({
        serverUrl: server.adminUrl,
        port: Number(process.env.TEST_PGBOUNCER_PORT || 64201),
        users: [{ name: APP_ROLE, password: appRolePassword }],
        poolSize: Number(process.env.TEST_PGBOUNCER_POOL_SIZE || 2),
      });
      console.log(`The app role connects through pgbouncer (transaction pooling) on port ${bouncer.port}`);
      project.provide("appConnectsThrough", `127.0.0.1:${bouncer.port}`);
    } else project.provide("appConnectsThrough", "");
  } catch (error) {
    await bouncer?.stop();
    await dropTemplateAndClones(server.adminUrl, templateUrl);
    await server.stop();
    throw error;
  }
  return async () => {
    await bouncer?.stop();
    await dropTemplateAndClones(server.adminUrl, templateUrl);
    await server.stop();
  };
}
