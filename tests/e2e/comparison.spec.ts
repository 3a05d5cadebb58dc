import fs from "node:fs";
import { expect, signInByApi, test } from "./fixtures";

// Runs before planner-journey.spec.ts (files run in name order), which moves a
// second Rejang Lebong puskesmas to "Menerapkan".
test("the Bengkulu official sorts by adoption, opens Rejang Lebong read-only, sees its 1 dari 21 and exports the table", async ({
  page,
}) => {
  // 1. The Bengkulu official signs in and lands on the province comparison.
  await signInByApi(page, "provinsi.bengkulu");
  await page.goto("/");
  await expect(page).toHaveURL(/\/provinsi\/17$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Perbandingan kabupaten/kota · Provinsi Bengkulu");
  const table = page.getByRole("table", { name: "Perbandingan kabupaten/kota · Provinsi Bengkulu" });
  const rows = table.getByTestId("comparison-row");
  await expect(rows).toHaveCount(10);
  await expect(table.locator('[data-code="17.01"]')).toContainText("Ilustratif");
  await expect(table.locator('[data-code="17.02"] [data-column="puskesmasIlp"]')).toContainText("1 dari 21");

  // 2. They sort by adoption: highest share first, ranked, and the URL keeps it.
  await table.getByRole("button", { name: "Urutkan menurut Puskesmas ILP" }).click();
  await expect(page).toHaveURL(/urut=puskesmasIlp&arah=desc/);
  await expect(rows.first()).toHaveAttribute("data-sort-value", /^[\d.]+$/); // re-rendered with the new sort
  const shares = (await rows.evaluateAll((cells) => cells.map((row) => row.getAttribute("data-sort-value")))).map(
    (value) => (value ? Number(value) : -1),
  );
  expect(shares).toEqual([...shares].sort((a, b) => b - a));
  expect(shares[0]).toBeGreaterThan(shares.at(-1)!);
  await expect(rows.first().locator("td").first()).toHaveText("1");
  await table.getByRole("button", { name: "Urutkan menurut Puskesmas ILP" }).click();
  await expect(page).toHaveURL(/arah=asc/);
  await page.goBack();
  await expect(page).toHaveURL(/arah=desc/);
  await expect(rows.first()).toHaveAttribute("data-sort-value", String(Math.max(...shares)));

  // 3. They open Rejang Lebong: its dashboard, read-only, under the province breadcrumb.
  await table.getByRole("link", { name: "Kabupaten Rejang Lebong" }).click();
  await expect(page).toHaveURL(/\/kabupaten\/17\.02$/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kabupaten Rejang Lebong");
  await expect(page.getByTestId("read-only")).toHaveText("Hanya baca");
  const breadcrumb = page
    .getByRole("navigation", { name: "breadcrumb" })
    .getByRole("link", { name: "Provinsi Bengkulu" });
  await expect(breadcrumb).toHaveAttribute("href", "/provinsi/17");

  // 4. The same "1 dari 21" the district sees.
  await expect(page.getByTestId("headline-puskesmasIlp")).toContainText("1 dari 21");
  await expect(page.getByTestId("target-card")).toContainText("1 dari 21 puskesmas menerapkan ILP");

  // 5. Back to the province, filtered to one district, and the table exported as it is shown.
  await breadcrumb.click();
  await expect(page).toHaveURL(/\/provinsi\/17$/);
  await page.getByLabel("Cari nama atau kode").fill("rejang");
  await expect(rows).toHaveCount(1);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh CSV", exact: true }).click();
  const lines = fs
    .readFileSync(await (await download).path(), "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines).toHaveLength(3); // header, Rejang Lebong, the province total
  expect(lines[0]).toContain("Puskesmas ILP (%)");
  expect(lines[1]).toMatch(/^1,17\.02,Kabupaten Rejang Lebong,/);
  expect(lines[2]).toContain("Total provinsi");
  const xlsx = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh XLSX" }).click();
  expect((await xlsx).suggestedFilename()).toMatch(/^perbandingan-17-\d{4}-\d{2}-\d{2}\.xlsx$/);
});

test("the Bengkulu official sees Rejang Lebong's completeness and provenance in the comparison, its dashboard and its printed report", async ({
  page,
}) => {
  await signInByApi(page, "provinsi.bengkulu");
  await page.goto("/provinsi/17");
  const table = page.getByRole("table", { name: "Perbandingan kabupaten/kota · Provinsi Bengkulu" });
  const rejangLebong = table.locator('[data-code="17.02"]');
  // Completeness: every area has something, but rosters only at 1 of 21 puskesmas, and stage data from 30 July 2024.
  await expect(rejangLebong.locator('[data-column="completeness"]')).toContainText("7 dari 7 area terisi");
  await expect(rejangLebong.locator('[data-column="completeness"]')).toContainText("roster 1 dari 21 puskesmas");
  await expect(rejangLebong.locator('[data-column="completeness"]')).toContainText("data tahap terakhir 30 Jul 2024");
  // Staff in clusters: over the 1 puskesmas whose roster is entered, illustrative, and never ranked as a failure.
  const staff = rejangLebong.locator('[data-column="staffClustered"]');
  await expect(staff).toContainText("dari 1 puskesmas yang rosternya sudah diisi (20 belum)");
  await expect(staff).toContainText("Ilustratif");
  await expect(rejangLebong.locator('[data-column="puskesmasIlp"]')).toContainText("Tercatat");
  // No verdict on old data: not "Tenggat terlewati".
  const targets = rejangLebong.locator('[data-column="targets"]');
  await expect(targets).toContainText("tidak dapat diproyeksikan");
  await expect(targets).not.toContainText("Tenggat terlewati");
  await expect(page.getByTestId("ranking-rule").first()).toContainText("Peringkat hanya diberikan");
  await table.getByRole("button", { name: "Urutkan menurut Tenaga berklaster" }).click();
  await expect(page).toHaveURL(/urut=staffClustered/);
  await expect(rejangLebong.locator("td").first()).toHaveText("–");
  // The province total says what it is made of.
  await expect(table.getByTestId("comparison-total").locator('[data-column="staffClustered"]')).toContainText(
    "kab/kota datanya lengkap",
  );

  // The dashboard: the same coverage, and the deadline not judged on data last updated 30 July 2024.
  await rejangLebong.getByRole("link", { name: "Kabupaten Rejang Lebong" }).click();
  await expect(page).toHaveURL(/\/kabupaten\/17\.02/);
  await expect(page.getByTestId("headline-staffClustered")).toContainText("(20 belum)");
  const card = page.getByTestId("target-card");
  await expect(card).toContainText("tidak dapat diproyeksikan");
  await expect(card).toContainText("data terakhir diperbarui 30 Juli 2024");
  await expect(card).not.toContainText("Tenggat terlewati");
  await expect(page.getByTestId("dashboard-staffing")).toContainText(
    "1 dari 21 puskesmas punya data tenaga kesehatan (20 belum diisi)",
  );

  // The printed report carries the same labels.
  await page.goto("/kabupaten/17.02/laporan");
  await expect(page.getByTestId("report-headline")).toContainText("Asal data");
  await expect(page.getByTestId("report-headline")).toContainText(
    "dari 1 puskesmas yang rosternya sudah diisi (20 belum)",
  );
  await expect(page.getByTestId("report-completeness")).toContainText("roster tenaga kesehatan");
  await expect(page.locator("article")).not.toContainText("Tenggat terlewati");
});

test("the province on a past date, and nothing of another province", async ({ page }) => {
  await signInByApi(page, "provinsi.bengkulu");
  await page.goto("/provinsi/17?per=2024-07-29");
  const rejangLebong = page
    .getByRole("table", { name: /Provinsi Bengkulu/ })
    .locator('[data-code="17.02"] [data-column="puskesmasIlp"]');
  // Before its first stage entry (30 July 2024) Rejang Lebong had no stage data: "belum ada data", never 0.
  await expect(rejangLebong).toContainText("belum ada data");
  await expect(rejangLebong).not.toContainText("0 dari 21");
  await page.getByLabel("Per tanggal").fill("2024-07-30");
  await page.getByRole("button", { name: "Tampilkan" }).click();
  await expect(page).toHaveURL(/per=2024-07-30/);
  await expect(rejangLebong).toContainText("1 dari 21");
  await expect(page.getByRole("status")).toContainText("2024-07-30");

  expect((await page.goto("/provinsi/33"))?.status()).toBe(404);
  expect((await page.goto("/nasional"))?.status()).toBe(404);
  expect((await page.request.get("/api/export/provinsi/33")).status()).toBe(404);
});

test("the national admin sees every province, then its districts", async ({ page }) => {
  await signInByApi(page, "admin.nasional");
  await page.goto("/");
  await expect(page).toHaveURL(/\/nasional$/);
  await expect(page.getByRole("table", { name: "Perbandingan nasional" }).getByTestId("comparison-row")).toHaveCount(
    38,
  );
  // The charts' data tables are rendered when opened: the trend's has a column per province and a row per month.
  const trend = page
    .locator("figure")
    .filter({ hasText: "Puskesmas menerapkan ILP dari waktu ke waktu, dengan total" });
  await expect(trend.getByRole("table")).toHaveCount(0);
  await trend.getByText("Tampilkan tabel").click();
  await expect(trend.getByRole("columnheader", { name: "Bengkulu" })).toBeVisible();
  expect(await trend.getByRole("table").locator("tbody tr").count()).toBeGreaterThan(1);
  const tiles = page.locator("figure").filter({ hasText: "Peta petak" });
  await tiles.getByText("Tampilkan tabel").click();
  await expect(tiles.getByRole("table").locator("tbody tr")).toHaveCount(38);
  // 514 districts, 50 to a page: eleven pages, the last with 14; the page is in the URL.
  const districts = page.getByRole("table", { name: "Semua kabupaten/kota" }).getByTestId("comparison-row");
  await expect(districts).toHaveCount(50);
  await expect(page.getByText("514 dari 514 baris")).toBeVisible();
  const districtPages = page.getByRole("navigation", { name: "Halaman tabel" }).last();
  await expect(districtPages).toContainText("Halaman 1 dari 11");
  const firstOnPageOne = await districts.first().getAttribute("data-code");
  await districtPages.getByRole("button", { name: "Berikutnya" }).click();
  await expect(districtPages).toContainText("Halaman 2 dari 11");
  await expect(page).toHaveURL(/khal=2/);
  expect(await districts.first().getAttribute("data-code")).not.toBe(firstOnPageOne);
  await page.goto("/nasional?khal=11");
  await expect(districts).toHaveCount(14);
  await page.goto("/nasional");
  await page
    .getByRole("table", { name: "Perbandingan nasional" })
    .getByRole("link", { name: "Bengkulu", exact: true })
    .click();
  await expect(page).toHaveURL(/\/provinsi\/17$/);
  await expect(page.getByRole("table", { name: /Provinsi Bengkulu/ }).getByTestId("comparison-row")).toHaveCount(10);
});
