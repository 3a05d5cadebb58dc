// `npx tsx scripts/bench-import.ts [rows]`: imports a generated regions file of 100,000 desa rows
// (default) into a scratch database (dry run, then commit) and prints the time and peak memory
// of each step. Prints numbers; asserts nothing. Database: DATABASE_URL's server when set, else
// the tests' embedded PostgreSQL (TEST_EMBEDDED_PG_PORT).
import { spawnSync } from "node:child_process";

// The import pipeline is server code guarded by "server-only", which resolves to an empty module
// under the react-server condition, as inside Next. Re-run this script under that condition.
if (!process.execArgv.some((arg) => arg.includes("react-server"))) {
  const result = spawnSync(
    process.execPath,
    [...process.execArgv, "--conditions=react-server", ...process.argv.slice(1)],
    { stdio: "inherit" },
  );
  process.exit(result.status ?? 1);
}

const rows = Number(process.argv[2] ?? 100_000);
const DISTRICT = { province: "61", provinceName: "Kalimantan Barat", code: "61.03", name: "Kabupaten Sanggau" };

const { createScratchDatabase, dropDatabase, openTestServer } = await import("../tests/support/test-database");
const { generatedDesaCsv } = await import("../tests/support/generated-desa");
const { migrate } = await import("../lib/db/migrate");
const { enableAppRoleLogin } = await import("../lib/db/app-role");
const { createPrismaClient } = await import("../lib/db/client");

const server = await openTestServer();
const databaseUrl = await createScratchDatabase(server.adminUrl, "pantau_bench");
try {
  await migrate(databaseUrl);
  process.env.APP_DATABASE_URL = await enableAppRoleLogin(
    databaseUrl,
    process.env.APP_DB_PASSWORD || "pantau-app-local",
  );
  const owner = createPrismaClient(databaseUrl, { max: 2 });
  const province = await owner.region.create({
    data: { code: DISTRICT.province, name: DISTRICT.provinceName, level: "PROVINSI", kind: "PROVINSI" },
  });
  const districtId = crypto.randomUUID();
  await owner.region.create({
    data: {
      id: districtId,
      code: DISTRICT.code,
      name: DISTRICT.name,
      level: "KABUPATEN",
      kind: "KABUPATEN",
      parentId: province.id,
      provinceId: province.id,
      districtId,
    },
  });
  const user = await owner.user.create({
    data: {
      username: "perencana.bench",
      name: "Perencana Bench",
      passwordHash: "-",
      roles: { create: { role: "DINKES_PLANNER", regionId: districtId } },
    },
  });
  // The planner's scope, built from their role assignment as the session does (lib/server/session.ts).
  const { loadGrants } = await import("../lib/auth/load-grants");
  const { buildScope } = await import("../lib/auth/scope");
  const scope = buildScope(user.id, await loadGrants(owner, user.id));
  await owner.$disconnect();
  const { importFile } = await import("../lib/imports/service");

  const text = generatedDesaCsv(DISTRICT.code, rows);
  const file = new Blob([text], { type: "text/csv" });
  console.log(
    `Import benchmark: ${rows.toLocaleString("en")} regions rows (${(file.size / 1024 / 1024).toFixed(1)} MB CSV) into ${DISTRICT.code}, on ${server.label}`,
  );

  for (const mode of ["dryRun", "all", "dryRun"] as const) {
    const started = performance.now();
    const before = process.memoryUsage();
    let peakHeap = before.heapUsed;
    const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 20);
    const outcome = await importFile(scope, { districtCode: DISTRICT.code }, "wilayah", file, "bench-desa.csv", mode);
    clearInterval(sampler);
    const seconds = (performance.now() - started) / 1000;
    const counts = outcome.mode === "dryRun" ? outcome.preview.counts : outcome.counts;
    const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
    console.log(
      `${mode === "all" ? "commit " : "dry run"}  ${seconds.toFixed(2)} s  ${Math.round(rows / seconds).toLocaleString("en")} rows/s  ` +
        `heap ${mb(before.heapUsed)}→peak ${mb(peakHeap)} MB  create ${counts.create} update ${counts.update} unchanged ${counts.unchanged} rejected ${counts.rejected}`,
    );
  }
  console.log(`peak RSS of the process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  const { db } = await import("../lib/server/db");
  await db().$disconnect();
} finally {
  await dropDatabase(server.adminUrl, databaseUrl);
  await server.stop();
}
