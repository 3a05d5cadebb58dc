import { expect, signInByApi, test } from "./fixtures";

test("a planner signs in with the form and sees Rejang Lebong's 1 dari 21", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/masuk$/);
  await page.getByLabel("Nama pengguna").fill("perencana.rejanglebong");
  await page.getByLabel("Kata sandi").fill("salah-sandi");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByText("Nama pengguna atau kata sandi salah")).toBeVisible();

  await page.getByLabel("Kata sandi").fill("ilp-demo-2026");
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page).toHaveURL(/\/kabupaten\/17\.02$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kabupaten Rejang Lebong");
  await expect(page.getByTestId("target-card")).toContainText("1 dari 21 puskesmas menerapkan ILP");
  await expect(page.getByRole("table", { name: "Daftar puskesmas" }).getByRole("row")).toHaveCount(22); // header + 21 puskesmas
});

test("the puskesmas list searches by the article's spelling, filters, and keeps back and forward", async ({ page }) => {
  await signInByApi(page, "perencana.rejanglebong");
  await page.goto("/kabupaten/17.02");
  await page.getByLabel("Cari nama puskesmas").fill("Urib");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/cari=Urib/);
  const rows = page.getByRole("table", { name: "Daftar puskesmas" }).getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText("Puskesmas Sumber Urip");
  await expect(rows.nth(1)).toContainText("Menerapkan ILP");

  await page.getByRole("link", { name: "Atur ulang" }).click();
  await expect(rows).toHaveCount(22);
  await page.goBack();
  await expect(page).toHaveURL(/cari=Urib/);
  await expect(rows).toHaveCount(2);
  await page.goForward();
  await expect(rows).toHaveCount(22);

  await page.getByLabel("Tahap", { exact: true }).selectOption("MENERAPKAN");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(rows).toHaveCount(2);
  await page.getByLabel("Tahap", { exact: true }).selectOption("PERSIAPAN");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page.getByText("Tidak ada puskesmas yang cocok dengan filter ini.")).toBeVisible();
});

test("the list exports what is on screen as CSV", async ({ page }) => {
  await signInByApi(page, "perencana.sanggau");
  const response = await page.request.get("/api/export/kabupaten/61.03?tahap=PERSIAPAN");
  expect(response.status()).toBe(200);
  const lines = (await response.text()).trim().split("\r\n");
  expect(lines).toHaveLength(20); // header + 19 puskesmas
  expect(lines[0]).toContain("Nama");
  expect(lines.slice(1).every((line) => line.includes("Persiapan"))).toBe(true);
});

test("the interface switches to English", async ({ page }) => {
  await signInByApi(page, "perencana.rejanglebong");
  await page.goto("/kabupaten/17.02");
  await page.getByRole("button", { name: "en", exact: true }).click();
  await expect(page.getByTestId("target-card")).toContainText("1 of 21 puskesmas implementing ILP");
  await page.getByRole("button", { name: "id", exact: true }).click();
  await expect(page.getByTestId("target-card")).toContainText("1 dari 21 puskesmas menerapkan ILP");
});

test("a planner gets not found for another district", async ({ page }) => {
  await signInByApi(page, "perencana.rejanglebong");
  const response = await page.goto("/kabupaten/33.19");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Tidak ditemukan" })).toBeVisible();
  expect((await page.request.get("/api/export/kabupaten/33.19")).status()).toBe(404);
});

test("the head of Puskesmas Sumber Urip lands on their puskesmas", async ({ page }) => {
  await signInByApi(page, "kepala.sumberurip");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Puskesmas Sumber Urip");
  await expect(page.getByText("Ejaan lain: Sumber Urib")).toBeVisible();
  await expect(page.getByText("Klaster 2 – Ibu dan Anak")).toBeVisible();
});
