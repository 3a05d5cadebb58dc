// `npm run db:migrate`: applies pending migrations to DATABASE_URL, or to the embedded database.
import { migrate } from "../lib/db/migrate";
import { openDatabase } from "../lib/db/provision";

const database = await openDatabase();
try {
  const applied = await migrate(database.url);
  console.log(applied.length ? `Applied: ${applied.join(", ")}` : "No pending migrations.");
} finally {
  await database.stop();
}
