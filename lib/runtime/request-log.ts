/** The fields of a request's log line; never the query string (search text), headers, bodies or files. */
export type RequestLogLine = {
  requestId: string;
  method: string;
  route: string;
  status: number;
  durationMs: number;
  userId?: string;
  aborted?: true;
};

/** The path of a request URL without its query string; "/" for anything unparsable. */
export function routeOf(url: string | undefined): string {
  const path = (url ?? "/").split("?", 1)[0]!.split("#", 1)[0]!;
  return path.startsWith("/") ? path : "/";
}

/** Next's own assets and the health probes are logged at debug level, so they do not drown the requests people make. */
export function isRoutine(route: string): boolean {
  return route.startsWith("/_next/") || route === "/favicon.ico" || route.startsWith("/api/health");
}

export function durationMs(startedNs: bigint, endedNs: bigint): number {
  return Math.round(Number(endedNs - startedNs) / 1e4) / 100;
}
