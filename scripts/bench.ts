// `npm run bench`: the national-scale benchmark. Generates the national dataset
// into a fresh database (the embedded PostgreSQL under .data/bench-postgres, or a
// scratch database on DATABASE_URL's server), serves a production build, and
// measures pages under 1 and 20 concurrent signed-in users, the bare SQL behind
// the dashboards, and the bulk import (scripts/bench-import.ts, in its own process). Prints one table and writes JSON to
// bench/results/. It asserts nothing: the numbers are for people to read.
//   BENCH_SECONDS (default 10) per page and concurrency · BENCH_SEED (default 1)
import { spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { enableAppRoleLogin } from "../lib/db/app-role";
import { startEmbeddedPostgres } from "../lib/db/embedded";
import { withHeapCap } from "../lib/runtime/heap-cap";
import { migrate } from "../lib/db/migrate";
import { BENCH_PASSWORD, generateNationalDataset, type BenchTargets } from "../lib/national-dataset/generate";
import { createScratchDatabase, dropDatabase } from "../tests/support/test-database";
import { startAppServer } from "./bench/app-server";
import { capturedSince, replaySql } from "./bench/bare-sql";
import { fetchOk, measureLoad, percentiles, signIn } from "./bench/http-load";
import { exportLine, monthlyPages, timeNationalExport, type ExportTiming } from "./bench/monthly";
import { printTable, writeResults } from "./bench/report";

const PORT = Number(process.env.BENCH_PORT || 3300);
const SECONDS = Number(process.env.BENCH_SECONDS || 10);
const SEED = Number(process.env.BENCH_SEED || 1);

type Account = keyof BenchTargets["accounts"];
type Page = { name: string; account: Account; path: string; bareSql?: boolean };

function pagesFor(bench: BenchTargets): Page[] {
  return [
    {
      name: "district dashboard (largest district)",
      account: "planner",
      path: `/kabupaten/${bench.districtCode}`,
      bareSql: true,
    },
    {
      name: "province comparison (largest province)",
      account: "province",
      path: `/provinsi/${bench.provinceCode}`,
      bareSql: true,
    },
    { name: "national comparison", account: "national", path: "/nasional", bareSql: true },
    { name: "cluster board (80 staff)", account: "head", path: `/puskesmas/${bench.puskesmasId}/klaster` },
    {
      name: "facility list, posyandu filtered by stage",
      account: "planner",
      path: `/kabupaten/${bench.districtCode}/fasilitas?jenis=POSYANDU&tahap=BELUM&urut=kecamatan`,
    },
    { name: "puskesmas page (80 staff)", account: "head", path: `/puskesmas/${bench.puskesmasId}` },
  ];
}

const external = process.env.DATABASE_URL;
const database = external ? await scratchOn(external) : await freshEmbedded();
const results: Record<string, unknown> = {
  startedAt: new Date().toISOString(),
  node: process.version,
  machine: machine(),
  database: database.label,
};
try {
  await migrate(database.url);
  console.log("Generating the national dataset…");
  const dataset = await generateNationalDataset(database.url, SEED, console.log);
  results.dataset = dataset;
  const appUrl = await enableAppRoleLogin(database.url, crypto.randomBytes(12).toString("hex"));
  const secret = crypto.randomBytes(32).toString("hex");
  const pages: Page[] = [...pagesFor(dataset.bench), ...monthlyPages(dataset.bench)];

  const bare = await captureAndReplay(
    pages.filter((page) => page.bareSql),
    dataset.bench,
    appUrl,
    secret,
  );
  const server = await startAppServer(PORT, database.url, { APP_DATABASE_URL: appUrl, NEXTAUTH_SECRET: secret });
  const rows: string[][] = [];
  const measured: Record<string, unknown>[] = [];
  let errors = 0;
  try {
    const cookies = await signInAll(server.url, dataset.bench);
    for (const page of pages) {
      for (let warm = 0; warm < 3; warm += 1) await fetchOk(server.url + page.path, cookies[page.account]);
      const one = await measureLoad(server.url + page.path, cookies[page.account], 1, SECONDS);
      const twenty = await measureLoad(server.url + page.path, cookies[page.account], 20, SECONDS);
      errors += one.errors + twenty.errors;
      const sql = bare.get(page.name);
      const ratio = sql ? sql.uncachedPageMs / sql.p50 : undefined;
      measured.push({ ...page, oneUser: one, twentyUsers: twenty, bareSql: sql, pageToSqlRatio: ratio });
      rows.push([
        page.name,
        ms(one.p50),
        ms(one.p95),
        ms(twenty.p50),
        ms(twenty.p95),
        String(one.errors + twenty.errors),
        sql ? ms(sql.uncachedPageMs) : "–",
        sql ? ms(sql.p50) : "–",
        ratio ? `${ratio.toFixed(1)}×` : "–",
      ]);
    }
    results.pages = measured;
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
  results.databaseMb = await databaseSizeMb(database.url);
  results.errors = errors;
  console.log("Importing 100,000 desa rows (scripts/bench-import.ts)…");
  const importRun = spawnSync("npx", ["tsx", "scripts/bench-import.ts", "100000"], {
    env: { ...process.env, DATABASE_URL: database.url },
    encoding: "utf8",
  });
  results.import = { exitCode: importRun.status, output: importRun.stdout.trim().split("\n") };

  console.log(
    `\nPantau ILP benchmark · Node ${process.version} · ${database.label} · ${machine()} · ${SECONDS} s per cell\n`,
  );
  printTable(
    [
      "page",
      "1 user p50",
      "p95",
      "20 users p50",
      "p95",
      "errors",
      "uncached page p50",
      "its bare SQL p50",
      "page ÷ SQL",
    ],
    rows,
  );
  console.log(
    "(times in ms; 'uncached': the figures cache off, as after a write; its SQL replayed bare as the app's role)",
  );
  console.log(
    `\ndataset load: ${dataset.seconds.toFixed(1)} s (${Object.entries(dataset.counts)
      .map(([name, count]) => `${count.toLocaleString("en")} ${name}`)
      .join(", ")})`,
  );
  console.log(`database size: ${(results.databaseMb as number).toFixed(0)} MB`);
  console.log(
    `peak memory (RSS) of the Node web server: ${(results.peakRssMb as number).toFixed(0)} MB (${results.nodeOptions})`,
  );
  for (const timing of results.monthlyExport as ExportTiming[]) console.log(exportLine(timing));
  console.log(`errors: ${errors}`);
  console.log(
    `\nCSV import of 100,000 desa rows, its own process (dry run, commit, dry run again):\n${importRun.status === 0 ? importRun.stdout.trim() : `failed (${importRun.status}):\n${importRun.stderr}`}`,
  );
  console.log(`results: ${writeResults(results)}`);
} finally {
  await database.stop();
}

/**
 * On a server that captures its SQL and has the figures cache off, times each
 * page (the median of 5, after 2 to warm the code) and keeps its statements;
 * then replays those bare. So the ratio compares the same work: everything the
 * page asks of PostgreSQL, with and without the app around it.
 */
async function captureAndReplay(pages: Page[], bench: BenchTargets, appUrl: string, secret: string) {
  const captureFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "pantau-bench-")), "sql.jsonl");
  fs.writeFileSync(captureFile, "");
  const server = await startAppServer(PORT, database.url, {
    APP_DATABASE_URL: appUrl,
    NEXTAUTH_SECRET: secret,
    PANTAU_SQL_CAPTURE: captureFile,
    PANTAU_FIGURES_CACHE: "off",
  });
  const captured = new Map<string, { statements: ReturnType<typeof capturedSince>; uncachedPageMs: number }>();
  try {
    const cookies = await signInAll(server.url, bench);
    for (const page of pages) {
      for (let warm = 0; warm < 2; warm += 1) await fetchOk(server.url + page.path, cookies[page.account]);
      const times: number[] = [];
      let statements: ReturnType<typeof capturedSince> = [];
      for (let round = 0; round < 5; round += 1) {
        const offset = fs.statSync(captureFile).size;
        const started = performance.now();
        await fetchOk(server.url + page.path, cookies[page.account]);
        times.push(performance.now() - started);
        statements = capturedSince(captureFile, offset);
      }
      captured.set(page.name, { statements, uncachedPageMs: percentiles(times).p50 });
    }
  } finally {
    await server.stop();
  }
  const bare = new Map<string, { p50: number; p95: number; statements: number; uncachedPageMs: number }>();
  for (const [name, { statements, uncachedPageMs }] of captured)
    bare.set(name, { ...(await replaySql(appUrl, statements, 10)), uncachedPageMs });
  return bare;
}

async function signInAll(base: string, bench: BenchTargets): Promise<Record<Account, string>> {
  const entries = await Promise.all(
    Object.entries(bench.accounts).map(
      async ([account, username]) => [account, await signIn(base, username, BENCH_PASSWORD)] as const,
    ),
  );
  return Object.fromEntries(entries) as Record<Account, string>;
}

async function freshEmbedded() {
  const dataDir = ".data/bench-postgres";
  fs.rmSync(dataDir, { recursive: true, force: true });
  const embedded = await startEmbeddedPostgres({
    dataDir,
    port: Number(process.env.BENCH_EMBEDDED_PG_PORT || 54359),
    database: "pantau_bench",
  });
  return { url: embedded.url, label: "embedded PostgreSQL 18", stop: embedded.stop };
}

async function scratchOn(adminUrl: string) {
  const url = await createScratchDatabase(adminUrl, "pantau_bench");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const version = (await client.query<{ server_version: string }>("SHOW server_version")).rows[0]!.server_version;
  await client.end();
  return {
    url,
    label: `PostgreSQL ${version.split(" ")[0]} at ${new URL(adminUrl).host}`,
    stop: () => dropDatabase(adminUrl, url),
  };
}

async function databaseSizeMb(url: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ size: string }>("SELECT pg_database_size(current_database())::text AS size");
  await client.end();
  return Number(rows[0]!.size) / 1024 / 1024;
}

/** The web server's peak resident memory (VmHWM), from Linux's /proc. */
function peakRssMb(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
  return Number(status.match(/VmHWM:\s+(\d+) kB/)?.[1] ?? NaN) / 1024;
}

function machine(): string {
  return `${os.cpus().length} × ${os.cpus()[0]?.model.trim() ?? "CPU"}, ${Math.round(os.totalmem() / 1024 ** 3)} GiB`;
}

function ms(value: number): string {
  return Number.isFinite(value) ? value.toFixed(0) : "–";
}
