import { appliedMigrations } from "@/lib/health/queries";
import { checkReadiness, shippedMigrations } from "@/lib/health/readiness";

export const dynamic = "force-dynamic";

/** Readiness for load balancers, without sign-in: 200 when the database answers and its migrations are current, else 503. */
export async function GET(): Promise<Response> {
  const readiness = await checkReadiness(appliedMigrations, shippedMigrations());
  return Response.json(readiness, {
    status: readiness.status === "ok" ? 200 : 503,
    headers: { "cache-control": "no-store" },
  });
}
