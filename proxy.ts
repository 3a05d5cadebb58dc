import { NextResponse, type NextRequest } from "next/server";
import { requestHygieneProblem } from "@/lib/server/request-hygiene";

/**
 * Runs before every request. Only cheap, stateless checks belong here: the
 * session, scope and authorization are enforced in every page, action and
 * handler themselves (never trust a proxy alone for those, cf. CVE-2025-29927).
 */
export function proxy(request: NextRequest) {
  if (requestHygieneProblem(request.nextUrl)) return new NextResponse("Permintaan tidak valid.", { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  return NextResponse.next();
}
