import type { Locator } from "@playwright/test";
import { expect, signInByApi, test } from "./fixtures";

/** Opens the record's "Koreksi atau batalkan" panel unless it is open already (it stays open after a save). */
async function openCorrection(record: Locator): Promise<void> {
  if (!(await record.locator("details").evaluate((details) => (details as HTMLDetailsElement).open)))
    await record.getByText("Koreksi atau batalkan").click();
}

// Pandeglang: no other spec writes its activities or targets.
test("a planner corrects an activity and corrects and voids a target, with reasons; the originals stay marked", async ({
  page,
}) => {
  await signInByApi(page, "perencana.pandeglang");

  await page.goto("/kabupaten/36.01/kegiatan");
  const logForm = page.locator("form", { hasText: "Catat kegiatan" });
  await logForm.getByLabel("Judul").fill("Sosialisasi ILP lintas sektor");
  await logForm.getByLabel("Tanggal").fill("2099-01-15");
  await logForm.getByRole("button", { name: "Simpan kegiatan" }).click();
  await expect(logForm.getByRole("alert")).toHaveText(
    "Kegiatan bertanggal setelah hari ini harus ditandai direncanakan.",
  );
  await logForm.getByLabel("Tanggal").fill("2021-12-31");
  await logForm.getByRole("button", { name: "Simpan kegiatan" }).click();
  await expect(logForm.getByRole("alert")).toHaveText(
    "Tanggal tidak boleh sebelum 1 Januari 2022: batas awal pencatatan ILP.",
  );
  await logForm.getByLabel("Tanggal").fill("2025-03-04");
  await logForm.getByLabel("Jumlah peserta").fill("25");
  await logForm.getByRole("button", { name: "Simpan kegiatan" }).click();
  await expect(page.getByText("Kegiatan tercatat.", { exact: true })).toBeVisible();
  await expect(page.getByText("1 kegiatan selesai, 25 peserta tercatat; 0 direncanakan.")).toBeVisible();

  // An edit with a reason keeps the old values as a correction in the activity's history.
  const item = page.getByTestId("activity").filter({ hasText: "Sosialisasi ILP lintas sektor" });
  await item.getByText("Ubah", { exact: true }).click();
  await item.getByLabel("Jumlah peserta").fill("30");
  await item.getByLabel("Alasan koreksi (opsional, disimpan di riwayat)").fill("Daftar hadir terlambat masuk");
  await item.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByText("1 kegiatan selesai, 30 peserta tercatat; 0 direncanakan.")).toBeVisible();
  await expect(item.getByText("dikoreksi", { exact: true })).toBeVisible();
  await expect(item).toContainText("alasan: Daftar hadir terlambat masuk");
  await expect(item).toContainText("oleh Perencana Dinkes Pandeglang");
  await expect(item).toContainText(/\d{2}\.\d{2} WIB/);

  await page.goto("/kabupaten/36.01/target");
  const addForm = page.locator("form", { hasText: "Tambah target" });
  await addForm.getByLabel("Tahun").fill("2031");
  await addForm.getByLabel("Jenis target").selectOption("PUSKESMAS_MENERAPKAN");
  await addForm.getByLabel("Jumlah yang dituju").fill("99999");
  await addForm.getByLabel("Tenggat").fill("2031-12-31");
  await addForm.getByRole("button", { name: "Tambah target" }).click();
  await expect(addForm.getByRole("alert")).toContainText("Target melebihi jaringan kabupaten/kota");
  await addForm.getByLabel("Jumlah yang dituju").fill("1");
  await addForm.getByRole("button", { name: "Tambah target" }).click();
  await expect(page.getByText("Target ditambahkan.")).toBeVisible();

  const target = page.getByTestId("target").filter({ hasText: "2031 · Puskesmas menerapkan ILP" });
  await openCorrection(target);
  await target.getByLabel("Jumlah yang dituju").fill("2");
  await target.getByLabel("Alasan koreksi atau pembatalan").fill("Salah ketik");
  await target.getByRole("button", { name: "Simpan koreksi" }).click();
  await expect(target.getByText("dikoreksi", { exact: true })).toBeVisible();
  await expect(target).toContainText("sebelumnya: 1");

  await openCorrection(target);
  await target.getByLabel("Alasan koreksi atau pembatalan").fill("Diganti target provinsi");
  await target.getByRole("button", { name: "Batalkan" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ya" }).click();
  await expect(target.getByText("dibatalkan", { exact: true }).first()).toBeVisible();
  await expect(target.getByText("Koreksi atau batalkan")).toHaveCount(0);
});
