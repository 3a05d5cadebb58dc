import fs from "node:fs";
import pg from "pg";

export type CapturedStatement = { connection: number; text: string; values?: unknown[] };

/**
 * For the benchmark only (PANTAU_SQL_CAPTURE=<file>): appends every statement
 * the server sends, with its connection, to `file` as JSON lines, so the bench
 * can replay a page's exact SQL without the app around it.
 */
export function captureSql(file: string): void {
  const connections = new WeakMap<object, number>();
  let nextConnection = 1;
  const original = pg.Client.prototype.query as (...args: unknown[]) => unknown;
  pg.Client.prototype.query = function capturingQuery(this: pg.Client, ...args: unknown[]) {
    const [first, second] = args;
    const config =
      typeof first === "string"
        ? { text: first, values: Array.isArray(second) ? second : undefined }
        : (first as { text?: string; values?: unknown[] } | undefined);
    if (config?.text) {
      if (!connections.has(this)) connections.set(this, nextConnection++);
      const statement: CapturedStatement = {
        connection: connections.get(this)!,
        text: config.text,
        values: config.values,
      };
      fs.appendFileSync(
        file,
        `${JSON.stringify(statement, (_key, value: unknown) => (typeof value === "bigint" ? value.toString() : value))}\n`,
      );
    }
    return original.apply(this, args);
  } as typeof pg.Client.prototype.query;
}
