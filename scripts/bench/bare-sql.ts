import fs from "node:fs";
import pg from "pg";
import type { CapturedStatement } from "../../lib/db/sql-capture";
import { percentiles } from "./http-load";

/** The statements appended to the capture file since `fromByte`. */
export function capturedSince(file: string, fromByte: number): CapturedStatement[] {
  const text = fs.readFileSync(file).subarray(fromByte).toString("utf8");
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => JSON.parse(line) as CapturedStatement);
}

/**
 * Replays a page's captured SQL `rounds` times as the app's database role: each
 * of the page's connections on a connection of its own, concurrently, as the
 * page ran them. Returns the time per round.
 */
export async function replaySql(
  appUrl: string,
  statements: CapturedStatement[],
  rounds: number,
): Promise<{ p50: number; p95: number; statements: number }> {
  const byConnection = new Map<number, CapturedStatement[]>();
  for (const statement of statements)
    byConnection.set(statement.connection, [...(byConnection.get(statement.connection) ?? []), statement]);
  const clients = await Promise.all(
    [...byConnection.keys()].map(async () => {
      const client = new pg.Client({ connectionString: appUrl });
      await client.connect();
      return client;
    }),
  );
  const sequences = [...byConnection.values()];
  const times: number[] = [];
  try {
    for (let round = 0; round < rounds + 2; round += 1) {
      const started = performance.now();
      await Promise.all(
        sequences.map(async (sequence, index) => {
          for (const statement of sequence)
            await clients[index]!.query({ text: statement.text, values: statement.values });
        }),
      );
      if (round >= 2) times.push(performance.now() - started); // the first two warm the caches, as the page's warm-up did
    }
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
  return { ...percentiles(times), statements: statements.length };
}
