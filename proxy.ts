// Runs before every request (Next 16's renamed middleware): security headers and
// the per-request CSP nonce only. Authentication is not done here: every page,
// action and route handler checks the session itself.
import { NextResponse, type NextRequest } from "next/server";
import { refuseUnhygienicRequest } from "@/lib/server/request-hygiene";
import { redirectRenamedParams } from "@/lib/server/url-params";
import {
  contentSecurityPolicy,
  newNonce,
  servedOverHttps,
  staticSecurityHeaders,
} from "@/lib/runtime/security-headers";

/** Checks that may refuse a request outright (e.g. input hygiene); each returns a response to refuse, or null. Add one per line. */
const REQUEST_CHECKS: ((request: NextRequest) => Response | null)[] = [refuseUnhygienicRequest, redirectRenamedParams];

export function proxy(request: NextRequest): Response {
  const https = servedOverHttps();
  const nonce = newNonce();
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https });

  let response: Response | null = null;
  for (const check of REQUEST_CHECKS) if ((response = check(request))) break;
  if (!response) {
    // Next reads the nonce from the request's CSP and puts it on its own scripts.
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("Content-Security-Policy", csp);
    requestHeaders.set("x-nonce", nonce);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  }
  response.headers.set("Content-Security-Policy", csp);
  for (const [name, value] of staticSecurityHeaders({ https })) response.headers.set(name, value);
  return response;
}
