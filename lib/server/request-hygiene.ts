import { hasControlCharacters } from "@/lib/validation/characters";

/** The longest path segment any route takes (a UUID is 36, a Kemendagri code 13). */
const MAX_SEGMENT = 200;

/** A path segment as the route reads it: percent-decoded, or null when it cannot be (a malformed escape such as "%E0%A4%A"). */
export function decodedSegment(value: string): string | null {
  try {
    return decodeURIComponent(value);
  } catch {
    return null;
  }
}

/** Whether a path segment, before and after decoding, is free of control characters, decodable and not overlong. */
export function isSaneSegment(value: string): boolean {
  const decoded = decodedSegment(value);
  return (
    decoded !== null &&
    value.length <= MAX_SEGMENT * 3 &&
    decoded.length <= MAX_SEGMENT &&
    !hasControlCharacters(value) &&
    !hasControlCharacters(decoded)
  );
}

/** Whether every dynamic segment of a route (catch-all ones are arrays) is sane: otherwise the route answers 404 before any lookup. */
export function paramsAreSane(params: unknown): boolean {
  if (!params || typeof params !== "object") return true;
  return Object.values(params).every((value) =>
    (Array.isArray(value) ? value : [value]).every((part) => typeof part !== "string" || isSaneSegment(part)),
  );
}

/** The longest query string any page or handler reads (search boxes take 100 characters, filters fewer). */
const MAX_QUERY = 4_096;

/**
 * The cheap global net, run by proxy.ts on every request: a path or query with
 * a control character (also percent-encoded, like %00), a malformed escape or
 * an overlong query is refused with 400 before any page or handler runs.
 * Returns the reason, or null for a clean request.
 */
export function requestHygieneProblem(url: URL): string | null {
  for (const segment of url.pathname.split("/")) if (!isSaneSegment(segment)) return "path";
  if (url.search.length > MAX_QUERY) return "query too long";
  const query = url.search.replace(/^\?/, "");
  for (const part of query.split("&")) {
    const decoded = decodedSegment(part.replaceAll("+", " "));
    if (decoded === null || hasControlCharacters(decoded) || hasControlCharacters(part)) return "query";
  }
  return null;
}

/**
 * A server action posted from another site: Next.js compares Origin with the
 * host too, but answers that with a 500; refused here with 403 instead.
 */
export function isForeignActionPost(request: Request): boolean {
  if (request.method !== "POST" || !request.headers.has("next-action")) return false;
  const origin = request.headers.get("origin");
  if (!origin) return false;
  const host = request.headers.get("x-forwarded-host")?.split(",")[0]?.trim() || request.headers.get("host");
  try {
    return new URL(origin).host !== host;
  } catch {
    return true;
  }
}

/** What proxy.ts answers for a request that fails the checks above (400, or 403 for a foreign action post), or null to let it through. */
export function refuseUnhygienicRequest(request: Request & { nextUrl?: URL }): Response | null {
  const text = (status: number, body: string) =>
    new Response(body, {
      status,
      headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
    });
  if (requestHygieneProblem(request.nextUrl ?? new URL(request.url))) return text(400, "Permintaan tidak valid.");
  if (isForeignActionPost(request)) return text(403, "Asal permintaan tidak diizinkan.");
  return null;
}
