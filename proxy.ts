import { NextResponse, type NextRequest } from "next/server";
import { refuseUnhygienicRequest } from "@/lib/server/request-hygiene";

/**
 * Runs before every request. Only cheap, stateless checks belong here: the
 * session, scope and authorization are enforced in every page, action and
 * handler themselves (never trust a proxy alone for those, cf. CVE-2025-29927).
 */
export function proxy(request: NextRequest) {
  return refuseUnhygienicRequest(request) ?? NextResponse.next();
}
