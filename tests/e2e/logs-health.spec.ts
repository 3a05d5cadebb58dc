import fs from "node:fs";
import pg from "pg";
import { startAppServer, type AppServer } from "../../scripts/bench/app-server";
import { DEMO_PASSWORD, expect, signInByApi, test } from "./fixtures";

// The server's JSON log lines (scripts/next-server.ts, instrumentation.ts) and the health
// endpoints over real HTTP, on two more instances of the built app: one working, one whose
// own database connection names a database that does not exist.
const LOGGED_PORT = Number(process.env.E2E_PORT || 3210) + 6;
const BROKEN_PORT = Number(process.env.E2E_PORT || 3210) + 7;
const embeddedUrl = `postgresql://postgres:postgres@127.0.0.1:${process.env.EMBEDDED_PG_PORT}/pantau_ilp`;
const databaseUrl = process.env.DATABASE_URL || embeddedUrl;
let logged: AppServer;
let broken: AppServer;

test.beforeAll(async () => {
  test.setTimeout(240_000);
  const appPassword =
    process.env.APP_DB_PASSWORD ||
    (process.env.DATABASE_URL ? "pantau-app-local" : fs.readFileSync(".data/app-db-password", "utf8"));
  logged = await startAppServer(LOGGED_PORT, databaseUrl, { APP_DB_PASSWORD: appPassword });
  const missing = new URL(databaseUrl);
  missing.pathname = "/pantau_tidak_ada";
  broken = await startAppServer(BROKEN_PORT, databaseUrl, { APP_DATABASE_URL: missing.toString() });
});
test.afterAll(async () => {
  await logged?.stop();
  await broken?.stop();
});

type LogLine = Record<string, unknown>;
function logLines(server: AppServer): LogLine[] {
  return server
    .output()
    .split("\n")
    .filter((line) => line.startsWith("{"))
    .map((line) => JSON.parse(line) as LogLine);
}

async function userId(username: string): Promise<string> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ id: string }>(`SELECT id FROM "User" WHERE username = $1`, [username]);
    return rows[0]!.id;
  } finally {
    await client.end();
  }
}

test("a request's log line has its method, route, status, duration and user id; no password, no query string", async ({
  playwright,
}) => {
  const request = await playwright.request.newContext({ baseURL: logged.url });
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const signIn = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken, username: "perencana.rejanglebong", password: DEMO_PASSWORD, json: "true" },
  });
  expect(signIn.ok()).toBe(true);

  const response = await request.get("/kabupaten/17.02?cari=kata-cari-rahasia");
  expect(response.status()).toBe(200);
  const requestId = response.headers()["x-request-id"];
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
  await expect.poll(() => logLines(logged).find((line) => line.requestId === requestId)).toBeTruthy();
  const line = logLines(logged).find((entry) => entry.requestId === requestId)!;
  expect(line).toMatchObject({
    level: "info",
    msg: "request",
    method: "GET",
    route: "/kabupaten/17.02",
    status: 200,
    userId: await userId("perencana.rejanglebong"),
  });
  expect(typeof line.durationMs).toBe("number");
  expect(typeof line.time).toBe("string");

  const signInLine = logLines(logged).find((entry) => entry.route === "/api/auth/callback/credentials")!;
  expect(signInLine).toMatchObject({ method: "POST", msg: "request" });
  expect(logged.output()).not.toContain(DEMO_PASSWORD);
  expect(logged.output()).not.toContain("kata-cari-rahasia");
  await request.dispose();
});

test("health: ready on a working instance; not ready (503) when its database cannot be reached; liveness answers on both", async ({
  playwright,
}) => {
  const request = await playwright.request.newContext();
  const ready = await request.get(`${logged.url}/api/health`);
  expect(ready.status()).toBe(200);
  expect(await ready.json()).toMatchObject({ status: "ok", checks: { database: "ok", migrations: "current" } });

  const notReady = await request.get(`${broken.url}/api/health`);
  expect(notReady.status()).toBe(503);
  const body = await notReady.text();
  expect(JSON.parse(body)).toMatchObject({
    status: "unavailable",
    checks: { database: "unreachable", migrations: "unknown" },
  });
  expect(body).not.toMatch(/pantau_tidak_ada|postgres|127\.0\.0\.1/);

  for (const server of [logged, broken]) {
    const live = await request.get(`${server.url}/api/health/live`);
    expect(live.status()).toBe(200);
    expect((await live.json()).status).toBe("ok");
  }
  await request.dispose();
});

test("a server error's code on the error page is the errorId of its log line", async ({ page }) => {
  await signInByApi(page, "perencana.rejanglebong");
  const response = await page.goto(`${broken.url}/kabupaten/17.02`);
  expect(response?.status()).toBe(500);
  await expect(page.getByText("Terjadi kesalahan. Coba lagi.", { exact: true })).toBeVisible();
  const code = (await page.getByTestId("error-code").textContent())?.trim();
  expect(code).toMatch(/^\S+$/);
  await expect
    .poll(() => logLines(broken).find((line) => line.msg === "request failed" && line.errorId === code))
    .toBeTruthy();
  const line = logLines(broken).find((entry) => entry.msg === "request failed" && entry.errorId === code)!;
  expect(line).toMatchObject({ level: "error", method: "GET", route: "/kabupaten/17.02" });
  expect(typeof line.requestId).toBe("string");
});
