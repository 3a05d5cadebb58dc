import fs from "node:fs";
import pg from "pg";
import { startEmbeddedPostgres } from "../../lib/db/embedded";
import { migrate } from "../../lib/db/migrate";
import { generateNationalDataset, type BenchTargets, type GenerationReport } from "../../lib/national-dataset/generate";
import { createScratchDatabase, dropDatabase } from "../../tests/support/test-database";

export type BenchDatabase = { url: string; label: string; stop: () => Promise<void> };

const DATA_DIR = ".data/bench-postgres";
const REUSE_DATABASE = "pantau_bench_reuse";

/**
 * The benchmark's database. By default a fresh one (the embedded server under
 * .data/bench-postgres, emptied first, or a scratch database on DATABASE_URL's
 * server, dropped at the end). With `reuse` (BENCH_REUSE=1) the embedded data folder,
 * or the database `pantau_bench_reuse` on DATABASE_URL's server, is kept between runs:
 * a run finding the national dataset there measures it as it is instead of
 * generating it again (about 90 s on a quiet machine).
 */
export async function openBenchDatabase(reuse: boolean, embeddedPort: number): Promise<BenchDatabase> {
  const external = process.env.DATABASE_URL;
  if (external) {
    const url = reuse
      ? await ensureNamedDatabase(external, REUSE_DATABASE)
      : await createScratchDatabase(external, "pantau_bench");
    const version = await scalar<string>(url, "SHOW server_version");
    return {
      url,
      label: `PostgreSQL ${version.split(" ")[0]} at ${new URL(external).host}`,
      stop: reuse ? async () => {} : () => dropDatabase(external, url),
    };
  }
  if (!reuse) fs.rmSync(DATA_DIR, { recursive: true, force: true });
  const embedded = await startEmbeddedPostgres({ dataDir: DATA_DIR, port: embeddedPort, database: "pantau_bench" });
  return { url: embedded.url, label: "embedded PostgreSQL 18", stop: embedded.stop };
}

/**
 * Migrates, then generates the national dataset, unless `reuse` and the database
 * already holds it: then the benchmark's targets are read back from its accounts.
 */
export async function prepareDataset(
  url: string,
  seed: number,
  reuse: boolean,
): Promise<{ report: GenerationReport | { reused: true; counts: Record<string, number> }; bench: BenchTargets }> {
  await migrate(url);
  if (reuse && (await scalar<number>(url, `SELECT count(*)::int FROM "Facility"`)) > 0) {
    console.log("Reusing the national dataset already in the benchmark database (BENCH_REUSE=1).");
    const bench = await benchTargetsFrom(url);
    const facilities = await scalar<number>(url, `SELECT count(*)::int FROM "Facility"`);
    return { report: { reused: true, counts: { facilities } }, bench };
  }
  console.log("Generating the national dataset…");
  const report = await generateNationalDataset(url, seed, console.log);
  return { report, bench: report.bench };
}

/** The benchmark's district, province and puskesmas, from the role assignments of its four accounts. */
async function benchTargetsFrom(url: string): Promise<BenchTargets> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ username: string; code: string | null; puskesmasId: string | null }>(
      `SELECT u.username, r.code, ra."puskesmasId"
         FROM "User" u JOIN "RoleAssignment" ra ON ra."userId" = u.id LEFT JOIN "Region" r ON r.id = ra."regionId"
        WHERE u.username IN ('bench.provinsi', 'bench.perencana', 'bench.kepala')`,
    );
    const by = (username: string) => {
      const row = rows.find((candidate) => candidate.username === username);
      if (!row)
        throw new Error(`the benchmark database has no account ${username}: generate it again without BENCH_REUSE`);
      return row;
    };
    return {
      districtCode: by("bench.perencana").code!,
      provinceCode: by("bench.provinsi").code!,
      puskesmasId: by("bench.kepala").puskesmasId!,
      accounts: {
        national: "bench.nasional",
        province: "bench.provinsi",
        planner: "bench.perencana",
        head: "bench.kepala",
      },
    };
  } finally {
    await client.end();
  }
}

async function ensureNamedDatabase(adminUrl: string, name: string): Promise<string> {
  const url = new URL(adminUrl);
  url.pathname = "/postgres";
  const exists = await scalar<number>(
    url.toString(),
    `SELECT count(*)::int FROM pg_database WHERE datname = '${name}'`,
  );
  if (!exists) await scalar(url.toString(), `CREATE DATABASE "${name}"`);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function scalar<T>(url: string, sql: string): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(sql);
    return (rows[0] ? Object.values(rows[0] as Record<string, unknown>)[0] : undefined) as T;
  } finally {
    await client.end();
  }
}
