// `npx tsx scripts/bench-monthly.ts`: only the monthly reports' part of the
// benchmark (scripts/bench/monthly.ts), for a quick run. Uses the national
// dataset in the embedded PostgreSQL under .data/bench-monthly (generated there
// on first use, kept for the next run: `npm run db:national` with
// EMBEDDED_PG_DIR=.data/bench-monthly makes the same), serves a production
// build, and measures the completeness grid and the province comparison under 1
// and 20 users and the national DHIS2 export of one month (JSON and CSV).
//   BENCH_SECONDS (10) · BENCH_PORT (3300) · BENCH_EMBEDDED_PG_PORT (54359) · BENCH_SEED (1)
import crypto from "node:crypto";
import pg from "pg";
import { enableAppRoleLogin } from "../lib/db/app-role";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { migrate } from "../lib/db/migrate";
import { BENCH_PASSWORD, generateNationalDataset } from "../lib/national-dataset/generate";
import { startAppServer } from "./bench/app-server";
import { fetchOk, measureLoad, signIn } from "./bench/http-load";
import { exportLine, monthlyPages, timeNationalExport } from "./bench/monthly";

const PORT = Number(process.env.BENCH_PORT || 3300);
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const SEED = Number(process.env.BENCH_SEED || 1);

const database = await startEmbeddedPostgres({
  dataDir: ".data/bench-monthly",
  port: Number(process.env.BENCH_EMBEDDED_PG_PORT || 54359),
  database: "pantau_ilp",
});
try {
  await migrate(database.url);
  const client = new pg.Client({ connectionString: database.url });
  await client.connect();
  const facilities = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Facility"`)).rows[0]!.n;
  await client.end();
  if (facilities === 0) {
    console.log("Generating the national dataset…");
    await generateNationalDataset(database.url, SEED, console.log);
  }
  const targets = await benchTargets(database.url);
  const appUrl = await enableAppRoleLogin(database.url, crypto.randomBytes(12).toString("hex"));
  const server = await startAppServer(PORT, database.url, {
    APP_DATABASE_URL: appUrl,
    NEXTAUTH_SECRET: crypto.randomBytes(32).toString("hex"),
  });
  try {
    const cookies: Record<string, string> = {
      planner: await signIn(server.url, "bench.perencana", BENCH_PASSWORD),
      province: await signIn(server.url, "bench.provinsi", BENCH_PASSWORD),
      national: await signIn(server.url, "bench.nasional", BENCH_PASSWORD),
    };
    console.log(`\nmonthly reports · ${SECONDS} s per cell · ${targets.reports.toLocaleString("en")} reports`);
    for (const page of monthlyPages(targets)) {
      const cookie = cookies[page.account]!;
      for (let warm = 0; warm < 3; warm += 1) await fetchOk(server.url + page.path, cookie);
      const one = await measureLoad(server.url + page.path, cookie, 1, SECONDS);
      const twenty = await measureLoad(server.url + page.path, cookie, 20, SECONDS);
      console.log(
        `${page.name} (${page.path}): 1 user p50 ${one.p50.toFixed(0)} p95 ${one.p95.toFixed(0)} ms; ` +
          `20 users p50 ${twenty.p50.toFixed(0)} p95 ${twenty.p95.toFixed(0)} ms; errors ${one.errors + twenty.errors}`,
      );
    }
    // The first download meets a cold route and cold caches; the last one shows the warm time.
    for (const format of ["json", "csv", "json"] as const)
      console.log(exportLine(await timeNationalExport(server.url, cookies.national!, server.webPid, format)));
  } finally {
    await server.stop();
  }
} finally {
  await database.stop();
}

/** The largest district and province, as the dataset's bench accounts name them. */
async function benchTargets(url: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const code = async (username: string) =>
      (
        await client.query<{ code: string }>(
          `SELECT r.code FROM "User" u JOIN "RoleAssignment" a ON a."userId" = u.id JOIN "Region" r ON r.id = a."regionId" WHERE u.username = $1`,
          [username],
        )
      ).rows[0]!.code;
    const reports = (await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "MonthlyReport"`)).rows[0]!.n;
    return { districtCode: await code("bench.perencana"), provinceCode: await code("bench.provinsi"), reports };
  } finally {
    await client.end();
  }
}
