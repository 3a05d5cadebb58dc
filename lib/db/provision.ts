import { databaseConfig } from "./config";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "./embedded";

/**
 * The database the scripts work on: `DATABASE_URL` when set (never starting a
 * server of its own), otherwise the embedded PostgreSQL under `.data/`.
 */
export async function openDatabase(
  log: (line: string) => void = () => {},
): Promise<EmbeddedDatabase & { embedded: boolean }> {
  if (databaseConfig.externalUrl) {
    return { url: databaseConfig.externalUrl, stop: async () => {}, embedded: false };
  }
  const started = await startEmbeddedPostgres({
    dataDir: databaseConfig.embeddedDataDir,
    port: databaseConfig.embeddedPort,
    database: databaseConfig.embeddedDatabase,
    log,
  });
  return { ...started, embedded: true };
}
