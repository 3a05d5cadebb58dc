import { inject } from "vitest";

// The app's data layer reads DATABASE_URL; point it at this run's scratch database.
process.env.DATABASE_URL = inject("databaseUrl");
