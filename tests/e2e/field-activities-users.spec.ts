import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signInByApi, test } from "./fixtures";

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === "serious" || violation.impact === "critical",
  );
  expect(
    serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`),
  ).toEqual([]);
}

// Kudus: no other spec writes its activities; the seed has one (26 Nov 2024, 132 peserta).
test("a planner plans an activity, marks it done once due, edits it and deletes it after a confirmation", async ({
  page,
}) => {
  await signInByApi(page, "perencana.kudus");
  await page.goto("/kabupaten/33.19/kegiatan");
  const logForm = page.locator("form", { hasText: "Catat kegiatan" });
  await logForm.getByLabel("Jenis kegiatan").selectOption("LAINNYA");
  await logForm.getByLabel("Judul").fill("Kunjungan rumah bersama kader");
  await logForm.getByRole("button", { name: "Simpan kegiatan" }).click();
  await expect(logForm.getByRole("alert")).toHaveText('Tuliskan jenis kegiatan "lainnya" ini.');
  await logForm.getByLabel("Keterangan (untuk jenis Lainnya)").fill("Kunjungan rumah");
  await logForm.getByLabel("Status").selectOption("PLANNED");
  await logForm.getByRole("button", { name: "Pilih semua" }).click();
  await logForm.getByRole("button", { name: "Simpan kegiatan" }).click();
  await expect(page.getByText("Kegiatan tercatat.", { exact: true })).toBeVisible();
  // Planned, with no participant count: nothing done, and unknown is not 0.
  await expect(page.getByText("1 kegiatan selesai, 132 peserta tercatat; 1 direncanakan.")).toBeVisible();

  const item = page.getByTestId("activity").filter({ hasText: "Kunjungan rumah bersama kader" });
  await expect(item).toContainText("Lainnya (Kunjungan rumah)");
  await expect(item.locator("span").getByText("Direncanakan", { exact: true })).toBeVisible();
  await expect(item).toContainText("peserta tidak diketahui");
  // Dated today, the planned activity is due: it can be marked done.
  await item.getByText("Ubah", { exact: true }).click();
  await item.getByRole("button", { name: "Tandai selesai" }).click();
  await expect(
    page.getByText(
      "2 kegiatan selesai, 132 peserta tercatat (1 kegiatan dengan peserta tidak diketahui, tidak dihitung 0); 0 direncanakan.",
    ),
  ).toBeVisible();
  await expect(item.locator("span").getByText("Direncanakan", { exact: true })).toHaveCount(0);

  if (!(await item.locator("details").evaluate((details) => (details as HTMLDetailsElement).open)))
    await item.getByText("Ubah", { exact: true }).click();
  await item.getByLabel("Jenis kegiatan").selectOption("PENDAMPINGAN");
  await item.getByLabel("Jumlah peserta").fill("18");
  await item.getByRole("button", { name: "Simpan perubahan" }).click();
  await expect(page.getByText("Perubahan tersimpan.", { exact: true })).toBeVisible();
  await expect(page.getByText("2 kegiatan selesai, 150 peserta tercatat; 0 direncanakan.")).toBeVisible();
  await expect(item).toContainText("Pendampingan · Kunjungan rumah bersama kader");
  await expectNoSeriousViolations(page);

  await item.getByRole("button", { name: "Hapus", exact: true }).click();
  const dialog = page.getByRole("dialog");
  await expect(dialog).toContainText('Hapus kegiatan "Kunjungan rumah bersama kader"?');
  await dialog.getByRole("button", { name: "Batal", exact: true }).click();
  await expect(item).toHaveCount(1);
  await item.getByRole("button", { name: "Hapus", exact: true }).click();
  await dialog.getByRole("button", { name: "Ya, lanjutkan", exact: true }).click();
  await expect(item).toHaveCount(0);
});

test("a national admin creates a puskesmas head for a puskesmas in another province, and the audit log says so in words", async ({
  page,
}) => {
  await signInByApi(page, "admin.nasional");
  await page.goto("/pengguna");
  const form = page.locator("form", { hasText: "Tambah pengguna" });
  const username = `kepala.jekulo${Date.now() % 100000}`;
  await form.getByLabel("Nama pengguna").fill(username);
  await form.getByLabel("Nama", { exact: true }).fill("Kepala Puskesmas Jekulo");
  await form.getByLabel("Kata sandi sementara").fill("sementara-aman-2026");
  await form.getByLabel("Peran").selectOption("PUSKESMAS_HEAD");
  await form.getByLabel("Wilayah (provinsi atau kabupaten/kota)").selectOption("33.19");
  await expect(page).toHaveURL(/kabupaten=33\.19/);
  await form.getByLabel("Puskesmas (untuk kepala puskesmas)").selectOption({ label: "Puskesmas Jekulo" });
  // What was typed before the district was chosen is still there.
  await expect(form.getByLabel("Nama pengguna")).toHaveValue(username);
  await form.getByRole("button", { name: "Simpan" }).click();
  await expect(
    page.getByText("Pengguna dibuat. Ia wajib mengganti kata sandi saat masuk pertama.", { exact: true }),
  ).toBeVisible();
  await expectNoSeriousViolations(page);

  await page.goto(`/audit?pelaku=admin.nasional&objek=${username}`);
  const row = page.getByTestId("audit-row").filter({ hasText: username }).first();
  await expect(row).toContainText("Akun dibuat");
  await expect(row).toContainText("Akun pengguna");
  await expect(row).toContainText("Puskesmas Jekulo");
  await expect(row).toContainText("Kepala puskesmas");
  await expect(row).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  await expectNoSeriousViolations(page);

  await page.getByRole("link", { name: "Masuk dan keluar" }).click();
  await expect(page).toHaveURL(/tampil=masuk/);
  await expect(page.getByTestId("audit-row").first()).toContainText("Masuk");
  await expectNoSeriousViolations(page);
});
