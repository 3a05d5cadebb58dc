import { hasControlCharacters } from "@/lib/validation/text";

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
  return decoded !== null && value.length <= MAX_SEGMENT * 3 && decoded.length <= MAX_SEGMENT && !hasControlCharacters(value) && !hasControlCharacters(decoded);
}

/** Whether every dynamic segment of a route (catch-all ones are arrays) is sane: otherwise the route answers 404 before any lookup. */
export function paramsAreSane(params: unknown): boolean {
  if (!params || typeof params !== "object") return true;
  return Object.values(params).every((value) => (Array.isArray(value) ? value : [value]).every((part) => typeof part !== "string" || isSaneSegment(part)));
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
