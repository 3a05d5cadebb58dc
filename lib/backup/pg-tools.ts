import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { BackupError } from "./errors";
import { oneRow } from "./one-row";

/** The server's major version, e.g. 15 or 18, and its full version number. */
export async function serverVersion(url: string): Promise<{ major: number; num: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>("SHOW server_version_num");
    const num = Number(oneRow(rows).server_version_num);
    return { major: Math.floor(num / 10_000), num };
  } finally {
    await client.end();
  }
}

/** The major version of a PostgreSQL client program ("pg_dump (PostgreSQL) 15.20 …" → 15), or null. */
function toolMajor(binary: string): number | null {
  const run = spawnSync(binary, ["--version"], { encoding: "utf8" });
  const match = run.status === 0 ? /\(PostgreSQL\)\s+(\d+)/.exec(run.stdout) : null;
  return match ? Number(match[1]) : null;
}

/** Where to look: PG_BIN_DIR, then Debian's /usr/lib/postgresql/<major>/bin (newest first), then PATH. */
function candidateDirs(): string[] {
  const debian = "/usr/lib/postgresql";
  const versions = fs.existsSync(debian)
    ? fs
        .readdirSync(debian)
        .filter((name) => /^\d+$/.test(name))
        .sort((a, b) => Number(b) - Number(a))
        .map((name) => path.join(debian, name, "bin"))
    : [];
  return [...(process.env.PG_BIN_DIR ? [process.env.PG_BIN_DIR] : []), ...versions, ""];
}

/**
 * pg_dump or pg_restore able to work with a server of `serverMajor`: a client at
 * least as new as the server (an older pg_dump refuses a newer server). Refuses
 * with what to install otherwise.
 */
export function pgTool(name: "pg_dump" | "pg_restore", serverMajor: number): string {
  const found: string[] = [];
  for (const dir of candidateDirs()) {
    const binary = dir ? path.join(dir, name) : name;
    if (dir && !fs.existsSync(binary)) continue;
    const major = toolMajor(binary);
    if (major === null) continue;
    if (major >= serverMajor) return binary;
    found.push(`${binary} is version ${major}`);
  }
  throw new BackupError(
    `The database server is PostgreSQL ${serverMajor}, and no ${name} of version ${serverMajor} or newer was found ` +
      `(${found.length ? found.join("; ") : "none installed"}). Install postgresql-client-${serverMajor} ` +
      `or set PG_BIN_DIR to the folder holding its ${name}. Nothing was written.`,
  );
}
