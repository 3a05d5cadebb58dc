import pino, { type Logger } from "pino";

const LEVELS = ["fatal", "error", "warn", "info", "debug", "trace", "silent"] as const;

/** LOG_LEVEL, checked: a typo must not silence the server's logs without a word. */
export function logLevel(value: string | undefined): string {
  if (value === undefined || value === "") return "info";
  if (!(LEVELS as readonly string[]).includes(value))
    throw new Error(`LOG_LEVEL must be one of ${LEVELS.join(", ")}, not "${value}".`);
  return value;
}

// One logger per process, shared through globalThis: the web server (scripts/next-server.ts)
// and the app's bundles (instrumentation.ts) load this module separately.
const KEY = Symbol.for("pantau.logger");
type WithLogger = { [KEY]?: Logger };

/** The server's logger: one JSON object per line on stdout (pino), at LOG_LEVEL (default info). */
export function logger(): Logger {
  const holder = globalThis as WithLogger;
  holder[KEY] ??= pino({
    level: logLevel(process.env.LOG_LEVEL),
    base: { app: "pantau-ilp" },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
  return holder[KEY];
}
