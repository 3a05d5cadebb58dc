import { APP_VERSION } from "@/lib/health/readiness";

export const dynamic = "force-dynamic";

/** Liveness: the web server answers. Touches no database, so a database outage does not get the process restarted. */
export function GET(): Response {
  return Response.json({ status: "ok", version: APP_VERSION }, { headers: { "cache-control": "no-store" } });
}
