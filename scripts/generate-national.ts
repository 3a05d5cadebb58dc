// `npm run db:national [-- --seed N]`: a national-scale dataset (real regions and
// puskesmas, synthetic everything else) in an empty database: DATABASE_URL when
// set, else a separate embedded PostgreSQL under .data/national-postgres, never
// the demo's. Serve it with EMBEDDED_PG_DIR=.data/national-postgres EMBEDDED_PG_PORT=54369 npm start.
export {};
process.env.EMBEDDED_PG_DIR ||= ".data/national-postgres";
process.env.EMBEDDED_PG_PORT ||= "54369";

const { migrate } = await import("../lib/db/migrate");
const { openDatabase } = await import("../lib/db/provision");
const { BENCH_PASSWORD, generateNationalDataset } = await import("../lib/national-dataset/generate");

const seedFlag = process.argv.indexOf("--seed");
const seed = seedFlag > 0 ? Number(process.argv[seedFlag + 1]) : 1;
const database = await openDatabase();
try {
  await migrate(database.url);
  console.log(`Generating the national dataset (seed ${seed})…`);
  const report = await generateNationalDataset(database.url, seed, console.log);
  console.log(`\nDone in ${report.seconds.toFixed(1)} s.`);
  console.table(report.counts);
  console.log(
    `Puskesmas placed by kecamatan name: ${report.placement.kecamatan}, by desa name: ${report.placement.desa}, spread (flagged): ${report.placement.spread}; without a 2025 district: ${report.unplacedPuskesmas}.`,
  );
  console.log(
    `Accounts (password ${BENCH_PASSWORD}): ${Object.values(report.bench.accounts).join(", ")}; district ${report.bench.districtCode}, province ${report.bench.provinceCode}.`,
  );
} finally {
  await database.stop();
}
