import fs from "node:fs";
import { startAppServer, type AppServer } from "../../scripts/bench/app-server";
import { expect, signInByApi, test } from "./fixtures";

// A second `next start` on the same database as the Playwright web server, as two
// instances behind a load balancer would run: no state may live in one of them.
const SECOND_PORT = Number(process.env.E2E_PORT || 3210) + 1;
let second: AppServer;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  const embeddedUrl = `postgresql://postgres:postgres@127.0.0.1:${process.env.EMBEDDED_PG_PORT}/pantau_ilp`;
  const databaseUrl = process.env.DATABASE_URL || embeddedUrl;
  // The first instance's app-role password (scripts/serve.ts); the session secret is shared through .data/ alike.
  const appPassword =
    process.env.APP_DB_PASSWORD ||
    (process.env.DATABASE_URL ? "pantau-app-local" : fs.readFileSync(".data/app-db-password", "utf8"));
  second = await startAppServer(SECOND_PORT, databaseUrl, { APP_DB_PASSWORD: appPassword });
});

test.afterAll(async () => {
  await second?.stop();
});

async function logActivity(page: import("@playwright/test").Page, base: string, title: string): Promise<void> {
  await page.goto(`${base}/kabupaten/36.01/kegiatan`);
  const form = page.locator("form", { hasText: "Catat kegiatan" });
  await form.getByLabel("Jenis kegiatan").selectOption("SOSIALISASI");
  await form.getByLabel("Judul").fill(title);
  await form.getByLabel("Tanggal").fill("2025-03-03");
  await form.getByLabel("Jumlah peserta").fill("25");
  await form.getByRole("button", { name: "Simpan kegiatan" }).click();
  await expect(page.getByText("Kegiatan tercatat.", { exact: true }).first()).toBeVisible();
}

test("a change made through one app instance is visible through the other, with the same session", async ({
  page,
  baseURL,
}) => {
  await signInByApi(page, "perencana.pandeglang");
  // Cookies ignore the port, so the session made on the first instance is sent to the second: it must accept it.
  await logActivity(page, baseURL!, "Sosialisasi ILP lewat instans pertama");
  await page.goto(`${second.url}/kabupaten/36.01/kegiatan`);
  await expect(page.getByText("Sosialisasi ILP lewat instans pertama").filter({ visible: true })).toBeVisible();

  await logActivity(page, second.url, "Sosialisasi ILP lewat instans kedua");
  await page.goto(`${baseURL}/kabupaten/36.01/kegiatan`);
  await expect(page.getByText("Sosialisasi ILP lewat instans kedua").filter({ visible: true })).toBeVisible();
  await expect(page.getByText("Sosialisasi ILP lewat instans pertama").filter({ visible: true })).toBeVisible();
});
