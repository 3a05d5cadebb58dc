// Next.js calls register() once when a server starts.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs" || !process.env.PANTAU_SQL_CAPTURE) return;
  const { captureSql } = await import("./lib/db/sql-capture");
  captureSql(process.env.PANTAU_SQL_CAPTURE);
}
