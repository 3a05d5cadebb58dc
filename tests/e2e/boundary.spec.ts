import fs from "node:fs";
import type { APIRequestContext, APIResponse, Page } from "@playwright/test";
import { startAppServer, type AppServer } from "../../scripts/bench/app-server";
import { DEMO_PASSWORD, expect, signInByApi, test } from "./fixtures";

// The app's boundary over real HTTP: security headers and the CSP in a browser,
// sessions that end on the server, and a sign-in throttle keyed by an address the client cannot write.

function expectSecurityHeaders(response: APIResponse, what: string) {
  const headers = response.headers();
  expect(headers["content-security-policy"], what).toMatch(
    /script-src 'self' 'nonce-[A-Za-z0-9+/=]{20,}' 'strict-dynamic'/,
  );
  expect(headers["content-security-policy"], what).toContain("frame-ancestors 'none'");
  expect(headers["content-security-policy"], what).not.toContain("unsafe-eval");
  expect(headers["x-content-type-options"], what).toBe("nosniff");
  expect(headers["x-frame-options"], what).toBe("DENY");
  expect(headers["referrer-policy"], what).toBeTruthy();
  expect(headers["permissions-policy"], what).toContain("camera=()");
}

test("security headers are on pages, route handlers, static files and error responses", async ({ page }) => {
  const anonymous: [string, number][] = [
    ["/masuk", 200],
    ["/api/auth/csrf", 200],
    ["/halaman-yang-tidak-ada", 404],
    ["/api/tidak-ada", 404],
    ["/api/export/kabupaten/17.02", 401],
  ];
  for (const [path, status] of anonymous) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    expectSecurityHeaders(response, path);
  }
  await signInByApi(page, "perencana.rejanglebong");
  const signedIn: [string, number][] = [
    ["/kabupaten/17.02", 200],
    ["/api/export/kabupaten/17.02", 200],
    ["/api/export/kabupaten/33.19", 404],
    ["/puskesmas/00000000-0000-4000-8000-000000000000", 404],
  ];
  for (const [path, status] of signedIn) {
    const response = await page.request.get(path, { maxRedirects: 0 });
    expect(response.status(), path).toBe(status);
    expectSecurityHeaders(response, path);
  }
  // A static chunk the sign-in page loads.
  const html = await (await page.request.get("/masuk")).text();
  const chunk = html.match(/src="(\/_next\/static\/[^"]+\.js)"/)?.[1];
  expect(chunk).toBeTruthy();
  expectSecurityHeaders(await page.request.get(chunk!), chunk!);
  // Every response has its own nonce.
  const nonceOf = async (path: string) =>
    (await page.request.get(path)).headers()["content-security-policy"]!.match(/'nonce-([^']+)'/)![1];
  expect(await nonceOf("/masuk")).not.toBe(await nonceOf("/masuk"));
});

/** Opens `path` and fails on any CSP violation or console error; also checks that Next's scripts ran (hydration). */
async function openWithoutViolations(page: Page, path: string, problems: string[]): Promise<void> {
  const before = problems.length;
  const response = await page.goto(path);
  expect(response?.status(), path).toBe(200);
  expect(response?.headers()["content-security-policy"], path).toContain("'nonce-");
  await page.waitForLoadState("networkidle");
  // The client runtime only runs when the nonce matched: without it React never hydrates.
  await expect
    .poll(() => page.evaluate(() => Boolean((window as { next?: unknown }).next)), { message: `${path} hydrated` })
    .toBe(true);
  const violations = await page.evaluate(() => (window as { __cspViolations?: string[] }).__cspViolations ?? []);
  problems.push(...violations.map((violation) => `${path}: ${violation}`));
  expect(problems.slice(before), path).toEqual([]);
}

test("every main page loads under the CSP with no violation and no console error", async ({ page }) => {
  test.setTimeout(180_000);
  const problems: string[] = [];
  await page.addInitScript(() => {
    const state = window as unknown as { __cspViolations: string[] };
    state.__cspViolations = [];
    document.addEventListener("securitypolicyviolation", (event) =>
      state.__cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  page.on("console", (message) => {
    if (message.type() === "error" || /content.security.policy/i.test(message.text()))
      problems.push(`${page.url()}: console ${message.type()}: ${message.text()} (${message.location().url})`);
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));

  await openWithoutViolations(page, "/masuk", problems);

  const visits: [string, string[]][] = [
    ["perencana.rejanglebong", ["/kabupaten/17.02", "/kabupaten/17.02/klaster", "/akun"]],
    ["provinsi.bengkulu", ["/provinsi/17"]],
    ["admin.nasional", ["/nasional"]],
    ["admin.rejanglebong", ["/pengguna", "/audit"]],
  ];
  for (const [username, paths] of visits) {
    await page.context().clearCookies();
    await signInByApi(page, username);
    for (const path of paths) await openWithoutViolations(page, path, problems);
  }

  // The head lands on their puskesmas; the cluster board is below it.
  await page.context().clearCookies();
  await signInByApi(page, "kepala.sumberurip");
  await page.goto("/");
  await expect(page).toHaveURL(/\/puskesmas\/[0-9a-f-]{36}$/);
  const puskesmas = new URL(page.url()).pathname;
  await openWithoutViolations(page, puskesmas, problems);
  await openWithoutViolations(page, `${puskesmas}/klaster`, problems);
  expect(problems).toEqual([]);
});

test("a session cookie copied before sign-out is refused afterwards, on pages and exports", async ({
  page,
  browser,
  baseURL,
}) => {
  await signInByApi(page, "perencana.rejanglebong");
  await page.goto("/kabupaten/17.02");
  const copied = await page.context().cookies();
  expect(copied.some((cookie) => cookie.name.includes("session-token"))).toBe(true);

  await page.getByRole("button", { name: "Keluar" }).click();
  await expect(page).toHaveURL(/\/masuk/);

  const thief = await browser.newContext({ baseURL });
  await thief.addCookies(copied);
  const stolen = await thief.newPage();
  await stolen.goto("/kabupaten/17.02");
  await expect(stolen).toHaveURL(/\/masuk$/);
  expect((await stolen.request.get("/api/export/kabupaten/17.02")).status()).toBe(401);
  await thief.close();
});

/** One sign-in attempt over HTTP as a browser (or a proxy in front of the app) would send it; the error code next-auth returns, or "ok". */
async function signInOverHttp(
  request: APIRequestContext,
  base: string,
  username: string,
  password: string,
  forwardedFor?: string,
): Promise<string> {
  const { csrfToken } = (await (await request.get(`${base}/api/auth/csrf`)).json()) as { csrfToken: string };
  const response = await request.post(`${base}/api/auth/callback/credentials`, {
    form: { csrfToken, username, password, json: "true" },
    headers: forwardedFor ? { "X-Forwarded-For": forwardedFor } : {},
  });
  const { url } = (await response.json()) as { url: string };
  return new URL(url).searchParams.get("error") ?? "ok";
}

test("behind no proxy, a new X-Forwarded-For per attempt does not escape the lock-out", async ({
  playwright,
  baseURL,
}) => {
  const request = await playwright.request.newContext();
  // An unknown username, so the lock (on this username at 127.0.0.1) hinders no other test.
  for (let attempt = 1; attempt <= 10; attempt++) {
    const error = await signInOverHttp(request, baseURL!, "penebak.spoof", "salah", `203.0.113.${attempt}`);
    expect(error, `attempt ${attempt}`).toEqual(attempt < 10 ? "CredentialsSignin" : expect.stringMatching(/^LOCKED:/));
  }
  expect(await signInOverHttp(request, baseURL!, "penebak.spoof", "salah", "198.51.100.77")).toMatch(/^LOCKED:/);
  // No database or other server text ever reaches the URL: only known codes.
  expect(await signInOverHttp(request, baseURL!, "nul\u0000byte", "x".repeat(500))).toMatch(
    /^(CredentialsSignin|LOCKED:.*)$/,
  );
  await request.dispose();
});

test.describe("behind one trusted proxy (TRUSTED_PROXY_HOPS=1)", () => {
  const PROXIED_PORT = Number(process.env.E2E_PORT || 3210) + 2;
  let proxied: AppServer;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const embeddedUrl = `postgresql://postgres:postgres@127.0.0.1:${process.env.EMBEDDED_PG_PORT}/pantau_ilp`;
    const databaseUrl = process.env.DATABASE_URL || embeddedUrl;
    const appPassword =
      process.env.APP_DB_PASSWORD ||
      (process.env.DATABASE_URL ? "pantau-app-local" : fs.readFileSync(".data/app-db-password", "utf8"));
    proxied = await startAppServer(PROXIED_PORT, databaseUrl, {
      APP_DB_PASSWORD: appPassword,
      TRUSTED_PROXY_HOPS: "1",
    });
  });
  test.afterAll(async () => {
    await proxied?.stop();
  });

  test("the address is the proxy's entry: an attacker neither escapes the lock nor locks the user out elsewhere", async ({
    playwright,
  }) => {
    const request = await playwright.request.newContext();
    const user = "perencana.kudus";
    // The attacker at 10.1.1.1 writes a new address, or the victim's, before the proxy's entry each time.
    for (let attempt = 1; attempt <= 10; attempt++) {
      const spoofed = attempt % 2 ? `203.0.113.${attempt}` : "10.1.1.2";
      const error = await signInOverHttp(request, proxied.url, user, "salah", `${spoofed}, 10.1.1.1`);
      expect(error, `attempt ${attempt}`).toEqual(
        attempt < 10 ? "CredentialsSignin" : expect.stringMatching(/^LOCKED:/),
      );
    }
    expect(await signInOverHttp(request, proxied.url, user, DEMO_PASSWORD, "10.1.1.1")).toMatch(/^LOCKED:/);
    // The user, behind the same proxy from their own address, still signs in.
    expect(await signInOverHttp(request, proxied.url, user, DEMO_PASSWORD, "10.1.1.2")).toBe("ok");
    await request.dispose();
  });
});

test.describe("when the database fails", () => {
  const BROKEN_PORT = Number(process.env.E2E_PORT || 3210) + 3;
  let broken: AppServer;

  test.beforeAll(async () => {
    test.setTimeout(120_000);
    const embeddedUrl = `postgresql://postgres:postgres@127.0.0.1:${process.env.EMBEDDED_PG_PORT}/pantau_ilp`;
    const databaseUrl = process.env.DATABASE_URL || embeddedUrl;
    // Same owner database (migrations pass), but the app's own connection names a database that does not exist.
    const missing = new URL(databaseUrl);
    missing.pathname = "/pantau_tidak_ada";
    broken = await startAppServer(BROKEN_PORT, databaseUrl, { APP_DATABASE_URL: missing.toString() });
  });
  test.afterAll(async () => {
    await broken?.stop();
  });

  test("error responses carry the security headers and no database text, and sign-in answers only a known code", async ({
    page,
    playwright,
  }) => {
    // A session made on the working instance (the same secret), sent to the broken one.
    await signInByApi(page, "perencana.rejanglebong");
    for (const path of ["/kabupaten/17.02", "/api/export/kabupaten/17.02"]) {
      const response = await page.request.get(`${broken.url}${path}`, { maxRedirects: 0 });
      expect(response.status(), path).toBeGreaterThanOrEqual(500);
      expectSecurityHeaders(response, path);
      expect(await response.text(), path).not.toMatch(/pantau_tidak_ada|database|prisma|postgres/i);
    }
    const request = await playwright.request.newContext();
    expect(await signInOverHttp(request, broken.url, "perencana.rejanglebong", DEMO_PASSWORD)).toBe("UNAVAILABLE");
    await request.dispose();
  });
});
