// `npm run bench`: the national-scale benchmark. Generates the national dataset
// into a fresh database (the embedded PostgreSQL under .data/bench-postgres, or a
// scratch database on DATABASE_URL's server; BENCH_REUSE=1 keeps and reuses it), serves
// a production build, and measures every page (scripts/bench/pages.ts): 1 and 20
// concurrent signed-in users, uncached (the figures cache off), 20 users while a
// background writer churns the caches, bytes on the wire, first-load JavaScript per
// route; the bare SQL behind the dashboards; the district dashboard's Largest
// Contentful Paint in Chromium on an emulated poor connection; and the bulk import
// (scripts/bench-import.ts, in its own process). Prints the tables and the targets of
// issue 17 with PASS/FAIL, and writes JSON to bench/results/. It fails on no target:
// the numbers are for people to read.
//   BENCH_SECONDS (default 10) per page and concurrency · BENCH_SEED (default 1) · BENCH_REUSE=1
//   BENCH_SKIP: parts to leave out, comma-separated, of sql,uncached,churn,lcp,js,import
//   BENCH_PROFILE=1: also print each dashboard's slowest reads (EXPLAIN ANALYZE of its captured SQL)
//   BENCH_CPU_PROFILE=<dir>: write a V8 CPU profile of the measured web server there
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { enableAppRoleLogin } from "../lib/db/app-role";
import { withHeapCap } from "../lib/runtime/heap-cap";
import { BENCH_PASSWORD, type BenchTargets } from "../lib/national-dataset/generate";
import { startAppServer } from "./bench/app-server";
import { capturedSince, replaySql } from "./bench/bare-sql";
import { startWriter, touchFacility } from "./bench/churn";
import { explainStatements, type ExplainedStatement } from "./bench/explain";
import { openBenchDatabase, prepareDataset, scalar } from "./bench/database";
import { firstLoadJs, type FirstLoadJs } from "./bench/first-load-js";
import { fetchOk, measureLoad, percentiles, signIn } from "./bench/http-load";
import { largestContentfulPaint, POOR_CONNECTION } from "./bench/lcp";
import { exportLine, monthlyPages, timeNationalExport, type ExportTiming } from "./bench/monthly";
import { pagesFor, type Account, type BenchPage } from "./bench/pages";
import { printTable, writeResults } from "./bench/report";
import { targetRows, type PageMeasurement } from "./bench/targets";
import { bytesOnTheWire, type WireSize } from "./bench/wire";

const PORT = Number(process.env.BENCH_PORT || 3300);
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const SEED = Number(process.env.BENCH_SEED || 1);
const REUSE = process.env.BENCH_REUSE === "1";
const SKIP = new Set((process.env.BENCH_SKIP ?? "").split(",").map((part) => part.trim()));
/** Uncached requests per page (after 2 to warm the code): enough for a p95 that is not just the maximum of 5 (BENCH_UNCACHED_ROUNDS). */
const UNCACHED_ROUNDS = Number(process.env.BENCH_UNCACHED_ROUNDS || 20);
/** Print each page's slowest reads, from EXPLAIN ANALYZE of its captured SQL (BENCH_PROFILE=1). */
const PROFILE = process.env.BENCH_PROFILE === "1";

const database = await openBenchDatabase(REUSE, Number(process.env.BENCH_EMBEDDED_PG_PORT || 54359));
const results: Record<string, unknown> = {
  startedAt: new Date().toISOString(),
  node: process.version,
  machine: machine(),
  database: database.label,
  seconds: SECONDS,
};
try {
  const dataset = await prepareDataset(database.url, SEED, REUSE);
  results.dataset = dataset.report;
  const appUrl = await enableAppRoleLogin(database.url, crypto.randomBytes(12).toString("hex"));
  const secret = crypto.randomBytes(32).toString("hex");
  const pages: BenchPage[] = [...pagesFor(dataset.bench), ...monthlyPages(dataset.bench)];
  const measured: (PageMeasurement & {
    bareSql?: Awaited<ReturnType<typeof replaySql>>;
    wire?: WireSize;
    js?: FirstLoadJs;
  })[] = pages.map((page) => ({ page }));
  const at = (page: BenchPage) => measured.find((entry) => entry.page === page)!;

  let uncachedErrors = 0;
  if (!SKIP.has("uncached") || !SKIP.has("sql")) {
    const uncached = await measureUncached(pages, dataset.bench, appUrl, secret);
    for (const page of pages) {
      const found = uncached.get(page.name);
      if (!found) continue;
      at(page).uncached = { ...found.times, errors: found.errors };
      uncachedErrors += found.errors;
      if (page.bareSql && !SKIP.has("sql")) at(page).bareSql = await replaySql(appUrl, found.statements, 10);
      if (PROFILE) printProfile(page, await explainStatements(appUrl, found.statements));
    }
  }

  if (!SKIP.has("uncached")) {
    const afterWrite = await measureAfterWrite(pages, dataset.bench, appUrl, secret);
    for (const [name, found] of afterWrite) {
      const page = pages.find((candidate) => candidate.name === name)!;
      at(page).afterWrite = found;
      uncachedErrors += found.errors;
    }
  }

  let errors = uncachedErrors;
  const server = await startAppServer(PORT, database.url, {
    APP_DATABASE_URL: appUrl,
    NEXTAUTH_SECRET: secret,
    // BENCH_CPU_PROFILE=<dir>: a V8 CPU profile of the loaded server, for Chrome DevTools or speedscope.
    ...(process.env.BENCH_CPU_PROFILE ? { PANTAU_CPU_PROFILE_DIR: process.env.BENCH_CPU_PROFILE } : {}),
  });
  let lcp: number[] = [];
  let lcpError: string | undefined;
  try {
    const cookies = await signInAll(server.url, dataset.bench);
    for (const page of pages) {
      const url = server.url + page.path;
      for (let warm = 0; warm < 3; warm += 1) await fetchOk(url, cookies[page.account]);
      const entry = at(page);
      entry.wire = await bytesOnTheWire(url, cookies[page.account]);
      entry.oneUser = await measureLoad(url, cookies[page.account], 1, SECONDS);
      entry.twentyUsers = await measureLoad(url, cookies[page.account], 20, SECONDS);
      errors += entry.oneUser.errors + entry.twentyUsers.errors;
      if (!SKIP.has("js")) {
        entry.js = firstLoadJs(page.route);
        entry.firstLoadJsKb = entry.js.gzipBytes / 1024;
      }
    }
    if (!SKIP.has("churn")) {
      const churning = pages.filter((page) => page.churn);
      console.log(`20 users under write churn (one write a second) on ${churning.length} pages…`);
      for (const page of churning) {
        const writer = await startWriter(database.url, dataset.bench.districtCode);
        const load = await measureLoad(server.url + page.path, cookies[page.account], 20, SECONDS);
        const writes = await writer.stop();
        at(page).churn = { ...load, ...writes };
        errors += load.errors + writes.failed;
      }
    }
    if (!SKIP.has("lcp")) {
      const district = pages[0]!;
      console.log("Largest Contentful Paint of the district dashboard in Chromium (emulated poor connection)…");
      try {
        // Let the server finish what the load runs left queued (autocannon stops waiting, the server does not).
        await fetchOk(server.url + district.path, cookies[district.account]);
        lcp = await largestContentfulPaint(server.url, district.path, cookies[district.account]);
        results.lcp = { page: district.path, conditions: POOR_CONNECTION, runsMs: lcp };
      } catch (error) {
        lcpError = error instanceof Error ? error.message.split("\n")[0]! : String(error);
        results.lcp = { page: district.path, conditions: POOR_CONNECTION, error: lcpError };
      }
    }
    const exports: ExportTiming[] = [];
    // The first download meets a cold route and cold caches; the last one shows the warm time.
    for (const format of ["json", "csv", "json"] as const)
      exports.push(await timeNationalExport(server.url, cookies.national, server.webPid, format));
    results.monthlyExport = exports;
    results.peakRssMb = peakRssMb(server.webPid);
    results.nodeOptions =
      withHeapCap(process.env.NODE_OPTIONS, process.env.PANTAU_MAX_HEAP_MB) || "V8's default heap limit";
  } finally {
    await server.stop();
  }
  results.pages = measured;
  results.databaseMb =
    Number(await scalar<string>(database.url, "SELECT pg_database_size(current_database())::text")) / 1024 / 1024;
  results.errors = errors;
  let importRun: ReturnType<typeof spawnSync> | null = null;
  if (!SKIP.has("import")) {
    console.log("Importing 100,000 desa rows (scripts/bench-import.ts)…");
    importRun = spawnSync("npx", ["tsx", "scripts/bench-import.ts", "100000"], {
      env: { ...process.env, DATABASE_URL: database.url },
      encoding: "utf8",
    });
    results.import = { exitCode: importRun.status, output: String(importRun.stdout).trim().split("\n") };
  }

  console.log(
    `\nPantau ILP benchmark · Node ${process.version} · ${database.label} · ${machine()} · ${SECONDS} s per cell · load average ${os
      .loadavg()
      .map((load) => load.toFixed(1))
      .join(" ")}\n`,
  );
  printTable(
    [
      "page",
      "1 user p50",
      "p95",
      "20 users p50",
      "p95",
      "errors",
      "uncached p50",
      "p95",
      "after write p50",
      "p95",
      "churn p95",
      "bare SQL p50",
      "page ÷ SQL",
    ],
    measured.map(({ page, oneUser, twentyUsers, uncached, afterWrite, churn, bareSql }) => [
      page.name,
      ms(oneUser?.p50),
      ms(oneUser?.p95),
      twentyUsers?.requests === 0 ? `> ${SECONDS * 1000}` : ms(twentyUsers?.p50),
      twentyUsers?.requests === 0 ? `> ${SECONDS * 1000}` : ms(twentyUsers?.p95),
      String(
        (oneUser?.errors ?? 0) +
          (twentyUsers?.errors ?? 0) +
          (churn?.errors ?? 0) +
          (uncached?.errors ?? 0) +
          (afterWrite?.errors ?? 0),
      ),
      ms(uncached?.p50),
      ms(uncached?.p95),
      ms(afterWrite?.p50),
      ms(afterWrite?.p95),
      churn?.requests === 0 ? `> ${SECONDS * 1000}` : ms(churn?.p95),
      ms(bareSql?.p50),
      uncached && bareSql ? `${(uncached.p50 / bareSql.p50).toFixed(1)}×` : "–",
    ]),
  );
  console.log(
    "(times in ms; 'uncached': nothing cached or stored, every figure computed; 'after write': a fresh instance on the stored figures, each request just after a write in the page's district, province or nation; 'churn': 20 users while one write a second lands in a random district; bare SQL: the uncached page's statements replayed as the app's role; '> N': no request finished within the run, all queued)\n",
  );
  printTable(
    ["page", "encoding", "on the wire KB", "decoded KB", "first-load JS KB (gzip)", "JS files"],
    measured.map(({ page, wire, js }) => [
      page.name,
      wire?.encoding ?? "–",
      kb(wire?.wireBytes),
      kb(wire?.bodyBytes),
      kb(js?.gzipBytes),
      js ? String(js.files) : "–",
    ]),
  );
  if (lcpError) console.log(`\nLargest Contentful Paint: not measured (${lcpError})`);
  if (lcp.length)
    console.log(
      `\nLargest Contentful Paint, district dashboard, Chromium with ${POOR_CONNECTION.downloadKbps} kbps down / ${POOR_CONNECTION.uploadKbps} kbps up / ${POOR_CONNECTION.latencyMs} ms RTT, ${POOR_CONNECTION.cpuSlowdown}× CPU slowdown, cold cache: ${lcp.map((value) => ms(value)).join(", ")} ms`,
    );
  if ("seconds" in dataset.report)
    console.log(
      `\ndataset load: ${dataset.report.seconds.toFixed(1)} s (${Object.entries(dataset.report.counts)
        .map(([name, count]) => `${count.toLocaleString("en")} ${name}`)
        .join(", ")})`,
    );
  else console.log("\ndataset: reused (BENCH_REUSE=1)");
  console.log(`database size: ${(results.databaseMb as number).toFixed(0)} MB`);
  console.log(
    `peak memory (RSS) of the Node web server: ${(results.peakRssMb as number).toFixed(0)} MB (${results.nodeOptions})`,
  );
  for (const timing of results.monthlyExport as ExportTiming[]) console.log(exportLine(timing));
  console.log(`errors: ${errors}`);
  if (importRun)
    console.log(
      `\nCSV import of 100,000 desa rows, its own process (dry run, commit, dry run again):\n${importRun.status === 0 ? String(importRun.stdout).trim() : `failed (${importRun.status}):\n${String(importRun.stderr)}`}`,
    );
  console.log("\nTargets (issue 17):");
  const targets = targetRows(measured, {
    errors,
    peakRssMb: results.peakRssMb as number,
    lcpMs: lcpError ? Infinity : lcp.length ? percentiles(lcp).p50 : undefined,
  });
  results.targets = targets;
  printTable(["target", "measured", "verdict"], targets);
  console.log(`results: ${writeResults(results)}`);
} finally {
  await database.stop();
}

/**
 * On a server with the figures cache off (and capturing its SQL), times each page
 * UNCACHED_ROUNDS times after 2 to warm the code, and keeps the statements of its last
 * request, for the bare-SQL replay of the dashboards. So every page's uncached time is
 * what any request pays after a write in its district, or after a restart.
 */
async function measureUncached(pages: BenchPage[], bench: BenchTargets, appUrl: string, secret: string) {
  const captureFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pantau-bench-")), "sql.jsonl");
  fs.writeFileSync(captureFile, "");
  const server = await startAppServer(PORT, database.url, {
    APP_DATABASE_URL: appUrl,
    NEXTAUTH_SECRET: secret,
    PANTAU_SQL_CAPTURE: captureFile,
    PANTAU_FIGURES_CACHE: "off",
  });
  const measured = new Map<
    string,
    { statements: ReturnType<typeof capturedSince>; times: { p50: number; p95: number }; errors: number }
  >();
  try {
    const cookies = await signInAll(server.url, bench);
    for (const page of pages) {
      if (SKIP.has("uncached") && !page.bareSql) continue;
      for (let warm = 0; warm < 2; warm += 1) await fetchOk(server.url + page.path, cookies[page.account]);
      const times: number[] = [];
      let statements: ReturnType<typeof capturedSince> = [];
      let failed = 0;
      for (let round = 0; round < (SKIP.has("uncached") ? 5 : UNCACHED_ROUNDS); round += 1) {
        const offset = fs.statSync(captureFile).size;
        const started = performance.now();
        // A failed request (a transaction past its timeout on a loaded machine) is counted, not fatal.
        if (!(await answersOk(server.url + page.path, cookies[page.account]))) failed += 1;
        times.push(performance.now() - started);
        statements = capturedSince(captureFile, offset);
      }
      measured.set(page.name, { statements, times: percentiles(times), errors: failed });
    }
  } finally {
    await server.stop();
  }
  return measured;
}

function printProfile(page: BenchPage, explained: ExplainedStatement[]): void {
  const total = explained.reduce((sum, statement) => sum + statement.ms, 0);
  console.log(`\n${page.name}: ${explained.length} reads, ${total.toFixed(0)} ms on the server; the slowest:`);
  for (const statement of explained.slice(0, 8))
    console.log(
      `  ${statement.ms.toFixed(1).padStart(8)} ms ${String(statement.rows).padStart(6)} rows  ${statement.sql.slice(0, 150)}`,
    );
}

/**
 * What the first reader pays after a write: on a fresh server with nothing in memory
 * (PANTAU_FIGURES_CACHE=database: the stored figures only), each page of `afterWrite`
 * timed UNCACHED_ROUNDS times, each time just after one real write in its own district,
 * a random district of its province, or of the nation. The figures of the district
 * written are computed again; the others come from DistrictFigureSnapshot.
 */
async function measureAfterWrite(pages: BenchPage[], bench: BenchTargets, appUrl: string, secret: string) {
  const server = await startAppServer(PORT, database.url, {
    APP_DATABASE_URL: appUrl,
    NEXTAUTH_SECRET: secret,
    PANTAU_FIGURES_CACHE: "database",
  });
  const writer = new pg.Client({ connectionString: database.url });
  await writer.connect();
  const measured = new Map<string, { p50: number; p95: number; errors: number }>();
  try {
    const districts = (
      await writer.query<{ id: string; code: string }>(`SELECT id, code FROM "Region" WHERE level = 'KABUPATEN'`)
    ).rows;
    const within = {
      district: districts.filter((row) => row.code === bench.districtCode),
      province: districts.filter((row) => row.code.startsWith(`${bench.provinceCode}.`)),
      nation: districts,
    };
    const cookies = await signInAll(server.url, bench);
    for (const page of pages) {
      if (!page.afterWrite) continue;
      // The first requests compute and store every district's figures, as a first reader after a deploy would.
      for (let warm = 0; warm < 2; warm += 1) await fetchOk(server.url + page.path, cookies[page.account]);
      await new Promise((resolve) => setTimeout(resolve, 1000));
      const candidates = within[page.afterWrite];
      const times: number[] = [];
      let failed = 0;
      for (let round = 0; round < UNCACHED_ROUNDS; round += 1) {
        await touchFacility(writer, candidates[Math.floor(Math.random() * candidates.length)]!.id);
        const started = performance.now();
        if (!(await answersOk(server.url + page.path, cookies[page.account]))) failed += 1;
        times.push(performance.now() - started);
      }
      measured.set(page.name, { ...percentiles(times), errors: failed });
    }
  } finally {
    await writer.end();
    await server.stop();
  }
  return measured;
}

/** One account after another, each tried up to 3 times: on a loaded machine a sign-in can time out while the server warms up. */
async function signInAll(base: string, bench: BenchTargets): Promise<Record<Account, string>> {
  const cookies: Partial<Record<Account, string>> = {};
  for (const [account, username] of Object.entries(bench.accounts) as [Account, string][]) {
    for (let attempt = 1; !cookies[account]; attempt += 1) {
      try {
        cookies[account] = await signIn(base, username, BENCH_PASSWORD);
      } catch (error) {
        if (attempt === 3) throw error;
        await new Promise((resolve) => setTimeout(resolve, 2000));
      }
    }
  }
  return cookies as Record<Account, string>;
}

/** The web server's peak resident memory (VmHWM), from Linux's /proc. */
function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(status.match(/VmHWM:\s+(\d+) kB/)?.[1] ?? NaN) / 1024;
}

async function answersOk(url: string, cookie: string): Promise<boolean> {
  const response = await fetch(url, { headers: { cookie }, redirect: "manual" });
  await response.arrayBuffer();
  return response.status === 200;
}

function machine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "CPU"}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB`;
}

function ms(value: number | undefined): string {
  return value !== undefined && Number.isFinite(value) ? value.toFixed(0) : "–";
}

function kb(value: number | undefined): string {
  return value !== undefined ? (value / 1024).toFixed(1) : "–";
}
