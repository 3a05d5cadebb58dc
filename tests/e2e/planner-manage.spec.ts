import { expect, signInByApi, test } from "./fixtures";

test("the Sanggau planner adds a pustu, logs an activity with it and sets a target", async ({ page }) => {
  await signInByApi(page, "perencana.sanggau");
  await page.goto("/kabupaten/61.03");
  await page.getByRole("link", { name: "Kelola fasilitas" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Fasilitas");

  await page.getByLabel("Jenis", { exact: true }).selectOption("PUSTU");
  await page.getByLabel("Kode", { exact: true }).fill("PUSTU-BONTI-E2E");
  await page.getByLabel("Nama", { exact: true }).fill("Pustu Uji Bonti");
  await page.getByLabel("Kode desa (wajib untuk pustu dan posyandu)").fill("61.03.05.2001");
  await page
    .getByLabel("Induk (pustu: puskesmas; posyandu: pustu atau puskesmas)")
    .selectOption({ label: "Puskesmas Bonti" });
  await page.getByRole("button", { name: "Tambah", exact: true }).click();
  await expect(page.getByText("Fasilitas ditambahkan.")).toBeVisible();
  await page.getByRole("link", { name: "Pustu", exact: true }).click();
  await expect(page.getByRole("link", { name: "Pustu Uji Bonti" })).toBeVisible();

  await page.goto("/kabupaten/61.03/kegiatan");
  const activityForm = page.locator("form", { hasText: "Catat kegiatan" });
  await activityForm.getByLabel("Jenis kegiatan").selectOption("PELATIHAN");
  await activityForm.getByLabel("Judul").fill("Pelatihan teknis ILP untuk petugas pustu");
  await activityForm.getByLabel("Tanggal").fill("2025-02-10");
  await activityForm.getByLabel("Jumlah peserta").fill("40");
  await activityForm.getByLabel("Pustu Uji Bonti").check();
  await activityForm.getByRole("button", { name: "Simpan kegiatan" }).click();
  await expect(page.getByText("Kegiatan tercatat.", { exact: true })).toBeVisible();
  await expect(page.getByText("Pelatihan teknis ILP untuk petugas pustu").filter({ visible: true })).toBeVisible();
  await expect(page.getByText("1 kegiatan selesai, 40 peserta tercatat; 0 direncanakan.")).toBeVisible();

  await page.goto("/kabupaten/61.03/target");
  const targetForm = page.locator("form", { hasText: "Tambah target" });
  await targetForm.getByLabel("Tahun").fill("2026");
  await targetForm.getByLabel("Jenis target").selectOption("DESA_DENGAN_PUSTU");
  await targetForm.getByLabel("Jumlah yang dituju").fill("163");
  await targetForm.getByLabel("Tenggat").fill("2026-12-31");
  await targetForm.getByRole("button", { name: "Tambah target" }).click();
  await expect(page.getByText("Target ditambahkan.")).toBeVisible();

  await page.goto("/kabupaten/61.03");
  await expect(page.getByTestId("target-card").filter({ hasText: "desa memiliki pustu" })).toContainText(
    "dari 163 desa memiliki pustu",
  );

  await page.getByRole("link", { name: "Laporan cetak" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Laporan penerapan ILP Kabupaten Sanggau");
  await expect(page.getByRole("button", { name: "Cetak" })).toBeVisible();
  await expect(page.getByRole("cell", { name: "2026 · Desa memiliki pustu" })).toBeVisible();
});
