// URL query parameters are Indonesian, like the routes (CONTRIBUTING.md, "URL parameters").
// Links from before the rename keep working: proxy.ts redirects them here.

/** Old (English) parameter names and the Indonesian names that replaced them. */
export const RENAMED_PARAMS: Readonly<Record<string, string>> = {
  page: "hal",
  sort: "urut",
  dir: "arah",
  q: "cari",
  kq: "kcari", // the national page's district table (prefix "k")
  type: "jenis",
  stage: "tahap",
  year: "tahun",
  action: "aksi",
  entity: "entitas",
  actor: "pelaku",
  from: "dari",
  to: "sampai",
};

/** Paths whose parameters belong to others (next-auth's callbackUrl and error, Next's own assets). */
const UNTOUCHED_PATHS = ["/api/auth/", "/_next/"];

/**
 * The same URL with every old parameter name replaced by its new one (order and
 * values kept; when both are present the new one wins), or null when there is
 * nothing to rename.
 */
export function withRenamedParams(url: URL): URL | null {
  if (UNTOUCHED_PATHS.some((prefix) => url.pathname.startsWith(prefix))) return null;
  const entries = [...url.searchParams];
  if (!entries.some(([name]) => Object.hasOwn(RENAMED_PARAMS, name))) return null;
  const present = new Set(entries.map(([name]) => name));
  const renamed = new URLSearchParams();
  for (const [name, value] of entries) {
    const newName = Object.hasOwn(RENAMED_PARAMS, name) ? RENAMED_PARAMS[name]! : name;
    if (newName !== name && present.has(newName)) continue;
    renamed.append(newName, value);
  }
  const target = new URL(url);
  target.search = renamed.toString();
  return target;
}

/**
 * A request check for proxy.ts: a GET or HEAD with an old parameter name is
 * redirected (308) to the new names. The Location is absolute, as Next's proxy
 * requires; `nextUrl` carries the address the client used.
 */
export function redirectRenamedParams(request: Request & { nextUrl?: URL }): Response | null {
  if (request.method !== "GET" && request.method !== "HEAD") return null;
  const target = withRenamedParams(new URL(request.nextUrl?.href ?? request.url));
  return target ? new Response(null, { status: 308, headers: { Location: target.href } }) : null;
}

type ParamValue = string | number | null | undefined;

/**
 * A list page's query string ("?…", or "" when nothing is left): every value in
 * order, leaving out empty ones and those equal to their default, so links stay short.
 */
export function queryString(
  values: Record<string, ParamValue>,
  defaults: Record<string, string | number> = {},
): string {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(values))
    if (value !== undefined && value !== null && value !== "" && value !== defaults[name])
      params.set(name, String(value));
  return params.size ? `?${params}` : "";
}
