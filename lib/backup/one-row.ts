import { BackupError } from "./errors";

/** The single row a catalog query returns (SHOW, an aggregate, a function call). */
export function oneRow<T>(rows: T[]): T {
  const [row] = rows;
  if (row === undefined) throw new BackupError("PostgreSQL returned no row where one was expected.");
  return row;
}
