import pg from "pg";
import { hashPassword } from "@/lib/auth/password";
import { seedId } from "@/lib/db/seed-ids";
import { titleCase } from "@/lib/regions/codes";
import { CLUSTER_UNITS, CLUSTERS } from "@/prisma/seed/clusters";
import { readCsv, readRegions, type ReferenceRegion } from "@/prisma/seed/reference";
import { districtCodeFor, placePuskesmas, type NamedRegion } from "./placement";
import { helperFunctions, SYNTHETIC_STEPS } from "./synthetic-sql";

export const BENCH_PASSWORD = process.env.BENCH_PASSWORD || "ilp-bench-2026";
// Their audit, data-version and national-key triggers are off during the load (constraint triggers stay on);
// the national keys are filled in one statement each afterwards (fillNationalKeys).
const TRIGGERED_TABLES = [
  "Region",
  "Facility",
  "PuskesmasDesa",
  "FacilityStageChange",
  "Staff",
  "ClusterAssignment",
  "RolloutTarget",
  "ReportedFigure",
  "Activity",
  "ActivityFacility",
  "Kader",
  "MonthlyReport",
  "ReportValue",
];

export type GenerationReport = {
  seconds: number;
  steps: { name: string; seconds: number }[];
  counts: Record<string, number>;
  placement: Record<"kecamatan" | "desa" | "spread", number>;
  unplacedPuskesmas: number;
  bench: BenchTargets;
};

/** Who and what the benchmark measures: the largest district and province, and the puskesmas given 80 staff. */
export type BenchTargets = {
  districtCode: string;
  provinceCode: string;
  puskesmasId: string;
  accounts: Record<"national" | "province" | "planner" | "head", string>;
};

/**
 * Fills an empty database (migrations applied) with Indonesia at national scale:
 * every real region and puskesmas, and synthetic pustu, posyandu, staff, kader,
 * stage histories, targets and activities, all in one transaction. Refuses a
 * database that already holds facilities, so it never mixes with the demo data.
 */
export async function generateNationalDataset(
  url: string,
  seed = 1,
  log: (line: string) => void = () => {},
): Promise<GenerationReport> {
  const started = Date.now();
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const steps: GenerationReport["steps"] = [];
  const timed = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const stepStarted = Date.now();
    log(`  ${name}…`);
    const result = await work();
    steps.push({ name, seconds: (Date.now() - stepStarted) / 1000 });
    log(`    ${steps.at(-1)!.seconds.toFixed(1)} s`);
    return result;
  };
  try {
    const { rows } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Facility"`);
    if (rows[0]!.n > 0)
      throw new Error(
        `the database already holds ${rows[0]!.n} facilities; the national dataset only goes into an empty one`,
      );
    await client.query("BEGIN");
    // The audit log records people's edits; a bulk load of generated rows is not one.
    for (const table of TRIGGERED_TABLES) await client.query(`ALTER TABLE "${table}" DISABLE TRIGGER USER`);
    for (const sql of helperFunctions(seed)) await client.query(sql);

    await timed("the five clusters and Klaster 5's units", () => insertClusters(client));
    const regions = readRegions();
    await timed("regions (38 provinsi, 514 kabupaten/kota, 7,285 kecamatan, 83,762 desa)", () =>
      insertRegions(client, regions),
    );
    const { placement, unplaced, puskesmasByDistrict } = await timed("real puskesmas, placed in a kecamatan", () =>
      insertPuskesmas(client, regions),
    );
    const bench = pickBenchTargets(regions, puskesmasByDistrict);
    for (const step of SYNTHETIC_STEPS) {
      await timed(step.name, async () => {
        for (const sql of step.sql) await client.query(sql, sql.includes("$1") ? [bench.puskesmasId] : []);
      });
    }
    await timed("national keys (NipRegistry, FacilityCodeRegistry)", () => fillNationalKeys(client));
    await timed("benchmark accounts", () => insertBenchAccounts(client, bench));
    // The maintained figures' triggers were off with the rest: build them once from the loaded rows
    // (migration 20261201000000_maintained_figures; lib/indicators/maintained.ts).
    await timed("maintained figures (spans and day deltas)", () => client.query("SELECT figures_rebuild()"));
    for (const table of TRIGGERED_TABLES) await client.query(`ALTER TABLE "${table}" ENABLE TRIGGER USER`);
    await client.query("COMMIT");
    // VACUUM as well as ANALYZE: a freshly loaded table otherwise gets its visibility map and hint bits
    // written by the first readers and by autovacuum, which then runs during the benchmark on the same two cores.
    await timed("VACUUM (ANALYZE)", () => client.query("VACUUM (ANALYZE)"));
    return {
      seconds: (Date.now() - started) / 1000,
      steps,
      counts: await countRows(client),
      placement,
      unplacedPuskesmas: unplaced,
      bench,
    };
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
}

const regionId = (code: string) => seedId(`region:${code}`);

async function insertClusters(client: pg.Client): Promise<void> {
  for (const cluster of CLUSTERS) {
    await client.query(
      `INSERT INTO "Cluster" (id, code, name, "nameEn") VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING`,
      [cluster.id, cluster.code, cluster.name, cluster.nameEn],
    );
  }
  for (const unit of CLUSTER_UNITS) {
    await client.query(
      `INSERT INTO "ClusterUnit" (id, "clusterId", code, name, "nameEn") VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [unit.id, unit.clusterId, unit.code, unit.name, unit.nameEn],
    );
  }
}

async function insertRegions(client: pg.Client, regions: ReferenceRegion[]): Promise<void> {
  for (const level of ["PROVINSI", "KABUPATEN", "KECAMATAN", "DESA"] as const) {
    const rows = regions.filter((region) => region.level === level);
    for (let start = 0; start < rows.length; start += 20_000) {
      const chunk = rows.slice(start, start + 20_000);
      await client.query(
        `INSERT INTO "Region" (id, code, name, level, kind, "parentId", "provinceId", "districtId")
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::"RegionLevel"[], $5::"RegionKind"[], $6::uuid[], $7::uuid[], $8::uuid[])
         ON CONFLICT (code) DO NOTHING`,
        [
          chunk.map((region) => regionId(region.code)),
          chunk.map((region) => region.code),
          chunk.map((region) => region.name),
          chunk.map((region) => region.level),
          chunk.map((region) => region.kind),
          chunk.map((region) => (region.parentCode ? regionId(region.parentCode) : null)),
          chunk.map((region) => (level === "PROVINSI" ? null : regionId(region.provinceCode))),
          chunk.map((region) => (region.districtCode ? regionId(region.districtCode) : null)),
        ],
      );
    }
  }
}

type KomdatRow = { kode_kab: string; kode_instansi: string; unit_kerja: string };

async function insertPuskesmas(client: pg.Client, regions: ReferenceRegion[]) {
  const districts = new Map<string, NamedRegion>(
    regions.filter((region) => region.level === "KABUPATEN").map((region) => [region.code, region]),
  );
  const kecamatanOf = groupBy(
    regions.filter((region) => region.level === "KECAMATAN"),
    (region) => region.districtCode!,
  );
  const desaOf = groupBy(
    regions.filter((region) => region.level === "DESA"),
    (region) => region.districtCode!,
  );
  const placement = { kecamatan: 0, desa: 0, spread: 0 };
  const puskesmasByDistrict = new Map<string, string[]>();
  let unplaced = 0;
  const rows: {
    id: string;
    districtCode: string;
    code: string;
    name: string;
    kecamatanCode: string;
    verified: boolean;
    note: string;
  }[] = [];
  const seenCodes = new Set<string>();
  for (const row of readCsv<KomdatRow>("puskesmas-komdat.csv")) {
    const districtCode = districtCodeFor(row.kode_kab, districts);
    if (!districtCode || seenCodes.has(row.kode_instansi)) {
      unplaced += 1;
      continue;
    }
    seenCodes.add(row.kode_instansi);
    const name = titleCase(row.unit_kerja);
    const placed = placePuskesmas(
      name,
      row.kode_instansi,
      kecamatanOf.get(districtCode) ?? [],
      desaOf.get(districtCode) ?? [],
    );
    placement[placed.basis] += 1;
    const id = seedId(`facility:PUSKESMAS:${row.kode_instansi}`);
    rows.push({
      id,
      districtCode,
      code: row.kode_instansi,
      name,
      kecamatanCode: placed.kecamatanCode,
      verified: false,
      note:
        placed.basis === "spread"
          ? "Sintetis: tidak ada nama yang cocok, kecamatan dipilih otomatis."
          : `Dicocokkan dari nama ${placed.basis}; belum dikonfirmasi.`,
    });
    puskesmasByDistrict.set(districtCode, [...(puskesmasByDistrict.get(districtCode) ?? []), id].sort());
  }
  await client.query(
    `INSERT INTO "Facility" (id, "districtId", type, code, name, "searchText", "kecamatanId", "placementVerified", "placementNote")
     SELECT id, district, 'PUSKESMAS', code, name, lower(name), kecamatan, verified, note
     FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::text[], $5::uuid[], $6::boolean[], $7::text[]) AS t(id, district, code, name, kecamatan, verified, note)`,
    [
      rows.map((row) => row.id),
      rows.map((row) => regionId(row.districtCode)),
      rows.map((row) => row.code),
      rows.map((row) => row.name),
      rows.map((row) => regionId(row.kecamatanCode)),
      rows.map((row) => row.verified),
      rows.map((row) => row.note),
    ],
  );
  return { placement, unplaced, puskesmasByDistrict };
}

function pickBenchTargets(regions: ReferenceRegion[], puskesmasByDistrict: Map<string, string[]>): BenchTargets {
  const desaCount = new Map<string, number>();
  for (const region of regions)
    if (region.level === "DESA") desaCount.set(region.districtCode!, (desaCount.get(region.districtCode!) ?? 0) + 1);
  const largestDistrict = [...desaCount.entries()]
    .filter(([code]) => puskesmasByDistrict.has(code))
    .sort((a, b) => b[1] - a[1])[0]![0];
  const puskesmasPerProvince = new Map<string, number>();
  for (const [district, ids] of puskesmasByDistrict)
    puskesmasPerProvince.set(district.slice(0, 2), (puskesmasPerProvince.get(district.slice(0, 2)) ?? 0) + ids.length);
  const largestProvince = [...puskesmasPerProvince.entries()].sort((a, b) => b[1] - a[1])[0]![0];
  return {
    districtCode: largestDistrict,
    provinceCode: largestProvince,
    puskesmasId: puskesmasByDistrict.get(largestDistrict)![0]!,
    accounts: {
      national: "bench.nasional",
      province: "bench.provinsi",
      planner: "bench.perencana",
      head: "bench.kepala",
    },
  };
}

async function insertBenchAccounts(client: pg.Client, bench: BenchTargets): Promise<void> {
  const passwordHash = await hashPassword(BENCH_PASSWORD);
  const roles = [
    { username: bench.accounts.national, role: "NATIONAL_ADMIN", regionId: null, puskesmasId: null },
    {
      username: bench.accounts.province,
      role: "PROVINCE_OFFICIAL",
      regionId: regionId(bench.provinceCode),
      puskesmasId: null,
    },
    {
      username: bench.accounts.planner,
      role: "DINKES_PLANNER",
      regionId: regionId(bench.districtCode),
      puskesmasId: null,
    },
    {
      username: bench.accounts.head,
      role: "PUSKESMAS_HEAD",
      regionId: regionId(bench.districtCode),
      puskesmasId: bench.puskesmasId,
    },
  ];
  for (const account of roles) {
    const userId = seedId(`user:${account.username}`);
    await client.query(`INSERT INTO "User" (id, username, name, "passwordHash") VALUES ($1, $2, $3, $4)`, [
      userId,
      account.username,
      `Akun benchmark (${account.username})`,
      passwordHash,
    ]);
    await client.query(
      `INSERT INTO "RoleAssignment" (id, "userId", role, "regionId", "puskesmasId") VALUES ($1, $2, $3, $4, $5)`,
      [seedId(`role:${account.username}`), userId, account.role, account.regionId, account.puskesmasId],
    );
  }
}

/**
 * What the Staff and Facility triggers (switched off for the load) keep: every NIP and facility code,
 * nationally unique (migration 20261201200000_citus_ready_keys). A duplicate fails the load here.
 */
async function fillNationalKeys(client: pg.Client): Promise<void> {
  await client.query(`INSERT INTO "NipRegistry" (nip, "districtId", "staffId")
                      SELECT nip, "districtId", id FROM "Staff" WHERE nip IS NOT NULL`);
  await client.query(`INSERT INTO "FacilityCodeRegistry" (type, code, "districtId", "facilityId")
                      SELECT type, code, "districtId", id FROM "Facility"`);
}

async function countRows(client: pg.Client): Promise<Record<string, number>> {
  const { rows } = await client.query<Record<string, number>>(`SELECT
    (SELECT count(*)::int FROM "Region" WHERE level = 'PROVINSI') AS provinsi,
    (SELECT count(*)::int FROM "Region" WHERE level = 'KABUPATEN') AS kabupaten,
    (SELECT count(*)::int FROM "Region" WHERE level = 'KECAMATAN') AS kecamatan,
    (SELECT count(*)::int FROM "Region" WHERE level = 'DESA') AS desa,
    (SELECT count(*)::int FROM "Facility" WHERE type = 'PUSKESMAS') AS puskesmas,
    (SELECT count(*)::int FROM "Facility" WHERE type = 'PUSTU') AS pustu,
    (SELECT count(*)::int FROM "Facility" WHERE type = 'POSYANDU') AS posyandu,
    (SELECT count(*)::int FROM "FacilityStageChange") AS "stageChanges",
    (SELECT count(*)::int FROM "Staff") AS staff,
    (SELECT count(*)::int FROM "ClusterAssignment") AS "clusterAssignments",
    (SELECT count(*)::int FROM "Kader") AS kader,
    (SELECT count(*)::int FROM "RolloutTarget") AS targets,
    (SELECT count(*)::int FROM "Activity") AS activities,
    (SELECT count(*)::int FROM "MonthlyReport") AS "monthlyReports",
    (SELECT count(*)::int FROM "ReportValue") AS "reportValues"`);
  return rows[0]!;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}
