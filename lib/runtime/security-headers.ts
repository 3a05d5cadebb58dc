/**
 * The security headers of every response (set by proxy.ts). The policy is
 * strict for scripts (a fresh nonce per request, which Next puts on its own
 * scripts, plus 'strict-dynamic' for the chunks they load; no 'unsafe-eval'
 * outside `next dev`), and allows inline style attributes, which React and
 * Recharts write ('unsafe-inline' for styles only).
 */
export function contentSecurityPolicy(nonce: string, options: { dev: boolean; https: boolean }): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    `connect-src 'self'${options.dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    ...(options.https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** The other headers, the same on every response. HSTS only when the app is served over https. */
export function staticSecurityHeaders(options: { https: boolean }): [string, string][] {
  return [
    ["X-Content-Type-Options", "nosniff"],
    ["X-Frame-Options", "DENY"],
    ["Referrer-Policy", "strict-origin-when-cross-origin"],
    ["Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"],
    ["Cross-Origin-Opener-Policy", "same-origin"],
    ...(options.https
      ? ([["Strict-Transport-Security", "max-age=31536000; includeSubDomains"]] as [string, string][])
      : []),
  ];
}

/** Served over https: the public URL (NEXTAUTH_URL, set by the operator, never by a request) says so. */
export function servedOverHttps(publicUrl = process.env.NEXTAUTH_URL): boolean {
  return typeof publicUrl === "string" && publicUrl.toLowerCase().startsWith("https://");
}

/** A fresh, unguessable nonce (128 bits, base64). */
export function newNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}
