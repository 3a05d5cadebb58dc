/** Where the app's database lives, read once from the environment. */
export const databaseConfig = {
  /** An external PostgreSQL; when unset the embedded one is used. */
  externalUrl: process.env.DATABASE_URL || undefined,
  embeddedDataDir: process.env.EMBEDDED_PG_DIR || ".data/postgres",
  embeddedPort: Number(process.env.EMBEDDED_PG_PORT || 54329),
  embeddedDatabase: "pantau_ilp",
};
