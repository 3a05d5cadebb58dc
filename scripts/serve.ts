// `npm run demo` (and `npm start`): one command from a fresh clone to a running app.
//  1. DATABASE_URL, or else the embedded PostgreSQL under .data/ (started here);
//  2. pending migrations; the demo data with --demo, or on the embedded database's first start;
//  3. a production build when there is none or the sources are newer;
//  4. the web server (scripts/next-server.ts: Next in production mode, or dev mode with --dev),
//     with the URL and demo accounts printed.
import { spawn, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { configuredTarget } from "../lib/backup/create-backup";
import { scheduleBackups } from "../lib/backup/schedule";
import { backupSchedule } from "../lib/backup/status";
import { enableAppRoleLogin } from "../lib/db/app-role";
import { createPrismaClient } from "../lib/db/client";
import { migrate } from "../lib/db/migrate";
import { openDatabase } from "../lib/db/provision";
import { withHeapCap } from "../lib/runtime/heap-cap";
import { seedDemo } from "../prisma/seed";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../prisma/seed/demo-facts";

const demo = process.argv.includes("--demo");
const dev = process.argv.includes("--dev");
const port = Number(process.env.PORT || 3000);
const nextBin = path.resolve("node_modules", ".bin", "next");
const BUILD_STAMP = path.resolve(".next", "pantau-build-stamp");

const schedule = backupSchedule(); // checked before anything starts
const database = await openDatabase();
console.log(
  database.embedded ? `Embedded PostgreSQL 18 is up (data in ${path.resolve(".data")}).` : "Using DATABASE_URL.",
);
const applied = await migrate(database.url);
if (applied.length) console.log(`Migrations applied: ${applied.join(", ")}`);
await seedWhenWanted();

if (!dev && buildIsStale()) {
  console.log("Building the app (first run takes a minute)…");
  const build = spawnSync(nextBin, ["build"], { stdio: "inherit", env: process.env });
  if (build.status !== 0) await exit(build.status ?? 1);
  fs.writeFileSync(BUILD_STAMP, sourceFingerprint());
}

const env = {
  ...process.env,
  // Production only: `next dev` compiles on demand and needs more.
  NODE_OPTIONS: dev ? process.env.NODE_OPTIONS : withHeapCap(process.env.NODE_OPTIONS, process.env.PANTAU_MAX_HEAP_MB),
  DATABASE_URL: database.url,
  APP_DATABASE_URL: await appDatabaseUrl(),
  NEXTAUTH_URL: process.env.NEXTAUTH_URL || `http://localhost:${port}`,
  NEXTAUTH_SECRET: nextAuthSecret(),
};
// Our own HTTP server around Next, so the client address comes from the socket (see next-server.ts).
// PANTAU_CPU_PROFILE_DIR: a V8 CPU profile of the web server, written there when it stops (Node refuses --cpu-prof in NODE_OPTIONS).
const profileDir = process.env.PANTAU_CPU_PROFILE_DIR;
const serverArgs = [
  ...(profileDir ? ["--cpu-prof", `--cpu-prof-dir=${path.resolve(profileDir)}`] : []),
  "--import",
  "tsx",
  path.resolve("scripts", "next-server.ts"),
  ...(dev ? ["--dev"] : []),
];
const server = spawn(process.execPath, serverArgs, {
  stdio: ["ignore", "pipe", "inherit"],
  env: { ...env, PORT: String(port), NODE_ENV: dev ? "development" : "production" },
});
server.stdout.on("data", (chunk: Buffer) => {
  process.stdout.write(chunk);
  if (chunk.toString().includes("Ready")) printWelcome();
});
server.on("exit", (code) => void exit(code ?? 0));
// Scheduled backups of the embedded database (BACKUP_DIR); an external one has its own (README).
if (schedule && database.embedded)
  scheduleBackups(configuredTarget(), schedule.dir, { ...schedule, log: (line) => console.log(line) });
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));

/** Demo data with --demo (idempotent), or once on an empty embedded database; never on an external one unasked. */
async function seedWhenWanted(): Promise<void> {
  const prisma = createPrismaClient(database.url, { max: 2 });
  try {
    const firstStart = database.embedded && (await prisma.region.count()) === 0;
    if (demo || firstStart) await seedDemo(prisma);
  } finally {
    await prisma.$disconnect();
  }
}

function printWelcome() {
  console.log(`\nPantau ILP is running at http://localhost:${port} (web server process ${server.pid})`);
  if (!demo) return;
  console.log(`Demo accounts (password for all: ${DEMO_PASSWORD}):`);
  for (const account of DEMO_ACCOUNTS) console.log(`  ${account.username.padEnd(24)} ${account.name}`);
  console.log("Stop with Ctrl+C.\n");
}

async function exit(code: number): Promise<never> {
  await database.stop();
  process.exit(code);
}

function buildIsStale(): boolean {
  return !fs.existsSync(BUILD_STAMP) || fs.readFileSync(BUILD_STAMP, "utf8") !== sourceFingerprint();
}

/** A hash of every source file's path and modification time, to rebuild only after a change. */
function sourceFingerprint(): string {
  const hash = crypto.createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else hash.update(`${full}:${fs.statSync(full).mtimeMs}\n`);
    }
  };
  for (const dir of ["app", "components", "lib", "messages", "types"]) if (fs.existsSync(dir)) walk(dir);
  for (const file of [
    "package.json",
    "next.config.ts",
    "postcss.config.mjs",
    "instrumentation.ts",
    "instrumentation-client.ts",
    "proxy.ts",
  ])
    if (fs.existsSync(file)) hash.update(`${file}:${fs.statSync(file).mtimeMs}\n`);
  return hash.digest("hex");
}

/**
 * The URL the app connects with, as the pantau_app role (bound by row-level
 * security): APP_DATABASE_URL, or a local login for that role.
 */
async function appDatabaseUrl(): Promise<string> {
  if (process.env.APP_DATABASE_URL) return process.env.APP_DATABASE_URL;
  if (!database.embedded && process.env.NODE_ENV === "production" && !process.env.APP_DB_PASSWORD) {
    throw new Error(
      "Set APP_DATABASE_URL (or APP_DB_PASSWORD) in production: the app never connects as the table owner.",
    );
  }
  const password =
    process.env.APP_DB_PASSWORD || (database.embedded ? localSecret("app-db-password") : "pantau-app-local");
  return enableAppRoleLogin(database.url, password);
}

/** NEXTAUTH_SECRET, or for local runs a random one kept under .data/ so sessions survive restarts. */
function nextAuthSecret(): string {
  if (process.env.NEXTAUTH_SECRET) return process.env.NEXTAUTH_SECRET;
  if (process.env.NODE_ENV === "production" && !database.embedded)
    throw new Error("Set NEXTAUTH_SECRET in production.");
  return localSecret("nextauth-secret");
}

/** A random secret kept under .data/, created on first use. */
function localSecret(name: string): string {
  const file = path.resolve(".data", name);
  if (!fs.existsSync(file)) {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(32).toString("hex"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8");
}
