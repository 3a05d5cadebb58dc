import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, expect, inject, it } from "vitest";
import { GET as ready } from "@/app/api/health/route";
import { createPrismaClient } from "@/lib/db/client";
import { migrate, MIGRATIONS_DIR, readMigrations } from "@/lib/db/migrate";

// `npm run db:migrate` of a simple additive migration (a column with a default, a new
// table, an index) on a database the running, older app keeps using: the older app's
// client (generated from the older schema) reads and writes on, without one error,
// and its readiness stays "current" (a newer database is fine for it).

const ownerUrl = inject("databaseUrl");
const oldApp = createPrismaClient(inject("appDatabaseUrl"), { max: 3 });
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "pantau-migrations-"));
afterAll(async () => {
  await oldApp.$disconnect();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const ADDITIVE = `
ALTER TABLE "Facility" ADD COLUMN "catatanUji" TEXT NOT NULL DEFAULT '';
CREATE TABLE "UjiTambahan" ("id" UUID PRIMARY KEY, "facilityId" UUID NOT NULL);
CREATE INDEX "UjiTambahan_facilityId_idx" ON "UjiTambahan"("facilityId");
GRANT SELECT, INSERT, UPDATE, DELETE ON "UjiTambahan" TO pantau_app;
`;

/** One request of the older app: a scoped read of facilities and an update of one (as a stage save touches it). */
async function oldAppRequest(): Promise<void> {
  await oldApp.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT set_config('app.all_districts', 'on', true)`;
    const facilities = await tx.facility.findMany({ take: 20, orderBy: { code: "asc" } });
    if (facilities.length === 0) throw new Error("no facilities read");
    const [first] = await tx.facility.findMany({ where: { type: "PUSKESMAS" }, take: 1, select: { id: true } });
    await tx.$executeRaw`SELECT set_config('app.user_id', '00000000-0000-0000-0000-000000000000', true)`;
    await tx.facility.count({ where: { id: first!.id } });
  });
}

it("an additive migration applied while the older app serves breaks none of its requests", async () => {
  for (const name of fs.readdirSync(MIGRATIONS_DIR, { withFileTypes: true }))
    if (name.isDirectory())
      fs.cpSync(path.join(MIGRATIONS_DIR, name.name), path.join(scratch, name.name), { recursive: true });
  fs.mkdirSync(path.join(scratch, "29991231000000_additive_upgrade"));
  fs.writeFileSync(path.join(scratch, "29991231000000_additive_upgrade", "migration.sql"), ADDITIVE);

  const errors: string[] = [];
  let requests = 0;
  let migrating = true;
  const traffic = (async () => {
    while (migrating || requests < 20) {
      try {
        await oldAppRequest();
      } catch (error) {
        errors.push(String(error).slice(0, 300));
      }
      requests++;
    }
  })();
  const applied = await migrate(ownerUrl, readMigrations(scratch)).finally(() => (migrating = false));
  await traffic;
  const afterwards = requests;
  await oldAppRequest();

  expect(applied).toEqual(["29991231000000_additive_upgrade"]);
  expect(errors).toEqual([]);
  expect(afterwards).toBeGreaterThanOrEqual(20);

  const owner = createPrismaClient(ownerUrl, { max: 1 });
  try {
    const columns = await owner.$queryRaw<{ n: bigint }[]>`
      SELECT count(*) AS n FROM information_schema.columns WHERE table_name = 'Facility' AND column_name = 'catatanUji'`;
    expect(Number(columns[0]!.n)).toBe(1);
  } finally {
    await owner.$disconnect();
  }

  // The older app's readiness: every migration it ships is applied; the newer one does not matter.
  const response = await ready();
  expect(response.status).toBe(200);
  expect(await response.json()).toMatchObject({ checks: { database: "ok", migrations: "current" } });
});
