import pg from "pg";
import type { CapturedStatement } from "../../lib/db/sql-capture";

export type ExplainedStatement = { ms: number; rows: number; sql: string };

const READS = /^\s*(WITH|SELECT)\b/i;

/**
 * Replays a page's captured SQL as the app's role, each connection's statements in
 * their order on a connection of its own, one connection after another: the scope
 * and transaction statements as they were, each read under EXPLAIN ANALYZE. Returns
 * the reads by server time, slowest first (npm run bench, BENCH_PROFILE=1).
 */
export async function explainStatements(
  appUrl: string,
  statements: CapturedStatement[],
): Promise<ExplainedStatement[]> {
  const byConnection = new Map<number, CapturedStatement[]>();
  for (const statement of statements)
    byConnection.set(statement.connection, [...(byConnection.get(statement.connection) ?? []), statement]);
  const explained: ExplainedStatement[] = [];
  for (const sequence of byConnection.values()) {
    const client = new pg.Client({ connectionString: appUrl });
    await client.connect();
    try {
      for (const statement of sequence) {
        // set_config(...) calls are SELECTs too: they set the scope, so run them as they are.
        if (!READS.test(statement.text) || /^\s*SELECT set_config\(/i.test(statement.text)) {
          await client.query({ text: statement.text, values: statement.values });
          continue;
        }
        const { rows } = await client.query<{
          "QUERY PLAN": [{ "Execution Time": number; Plan: { "Actual Rows": number } }];
        }>({ text: `EXPLAIN (ANALYZE, FORMAT JSON) ${statement.text}`, values: statement.values });
        const plan = rows[0]!["QUERY PLAN"][0];
        explained.push({ ms: plan["Execution Time"], rows: plan.Plan["Actual Rows"], sql: oneLine(statement.text) });
      }
    } finally {
      await client.end();
    }
  }
  return explained.sort((a, b) => b.ms - a.ms);
}

function oneLine(sql: string): string {
  return sql.replace(/\s+/g, " ").trim();
}
