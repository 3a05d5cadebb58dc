import fs from "node:fs";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signInByApi, test } from "./fixtures";

// Who signs (the Kepala Puskesmas chosen from the roster, the Kepala Dinas recorded by the district) and the
// import's column-mapping step, each with an axe-core check of the page as the user leaves it.

async function expectNoSeriousViolations(page: Page): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === "serious" || violation.impact === "critical",
  );
  expect(
    serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`),
  ).toEqual([]);
  expect(results.passes.length).toBeGreaterThan(10);
}

test("the head of Sumber Urip chooses the puskesmas' head from the roster and the struktur print names them", async ({
  page,
}) => {
  test.setTimeout(180_000); // axe-core is slow on a shared machine
  await signInByApi(page, "kepala.sumberurip");
  await page.goto("/");
  await page.getByRole("link", { name: "Papan klaster" }).click();
  await page.getByRole("link", { name: "Struktur organisasi" }).click();
  const structure = page.getByTestId("structure");
  await expect(structure.getByTestId("structure-head")).toHaveText("(nama belum diisi)");
  await expect(structure.getByTestId("signature-name")).toHaveText("(nama belum diisi)");

  const select = page.getByLabel("Kepala puskesmas (dari daftar staf aktif)");
  const option = select.locator("option").nth(1);
  const label = (await option.textContent())!;
  const name = label.split(" · ")[0]!;
  await select.selectOption({ index: 1 });
  await page.getByRole("button", { name: "Simpan kepala puskesmas" }).click();
  await expect(page.getByText("Kepala puskesmas disimpan.")).toBeVisible();
  await expect(structure.getByTestId("structure-head")).toHaveText(name);
  await expect(structure.getByTestId("signature-name")).toHaveText(name);
  await expect(select).toHaveValue(await option.getAttribute("value").then((value) => value!));
  await expectNoSeriousViolations(page);
});

test("a planner records the Kepala Dinas for the report's signature block", async ({ page }) => {
  test.setTimeout(180_000);
  await signInByApi(page, "perencana.rejanglebong");
  await page.goto("/kabupaten/17.02/laporan");
  const signature = page.getByTestId("signature-block");
  await expect(signature.getByTestId("signature-name")).toHaveText("(nama belum diisi)");
  await page.getByText("Penanda tangan laporan", { exact: true }).click();
  const form = page.getByTestId("office-form");
  await form.getByLabel("NIP Kepala Dinas (18 angka)").fill("12345");
  await form.getByLabel("Nama Kepala Dinas (dengan gelar)").fill("dr. Hendra Saputra, M.Kes");
  await form.getByRole("button", { name: "Simpan penanda tangan" }).click();
  await expect(form.getByRole("alert")).toContainText("NIP");
  await form.getByLabel("NIP Kepala Dinas (18 angka)").fill("197801152005011003");
  await form.getByRole("button", { name: "Simpan penanda tangan" }).click();
  await expect(form.getByText("Penanda tangan laporan disimpan.")).toBeVisible();
  await expect(signature.getByTestId("signature-name")).toHaveText("dr. Hendra Saputra, M.Kes");
  await expect(signature).toContainText("NIP. 197801152005011003");
  await expect(signature).toContainText("Kepala Dinas Kesehatan Kabupaten Rejang Lebong");
  await expectNoSeriousViolations(page);
});

test("the import page offers a column mapping when the file's headers are not recognised", async ({ page }) => {
  test.setTimeout(180_000);
  const kecamatan = fs
    .readFileSync(path.resolve("prisma/seed/reference/wilayah-kemendagri-2025.csv"), "utf8")
    .split(/\r?\n/)
    .filter((line) => /^17\.02\.\d{2},/.test(line))
    .slice(0, 2);
  expect(kecamatan).toHaveLength(2);
  await signInByApi(page, "perencana.rejanglebong");
  await page.goto("/kabupaten/17.02/impor");
  await page.getByLabel("Jenis data").selectOption("wilayah");
  await page.getByLabel("Berkas", { exact: true }).setInputFiles({
    name: "wilayah-sendiri.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`ID Wilayah,Label Resmi\r\n${kecamatan.join("\r\n")}\r\n`),
  });
  await page.getByRole("button", { name: "Periksa berkas (uji coba)" }).click();
  const panel = page.getByRole("region", { name: "Unggah berkas" });
  await expect(panel.getByRole("alert")).toContainText("Kolom wajib tidak ada: kode, nama.");
  const mapping = page.getByTestId("import-mapping");
  await expect(panel.getByRole("group", { name: "Pemetaan kolom" })).toBeVisible();
  await mapping.getByLabel("Kolom kode diambil dari").selectOption("id_wilayah");
  await mapping.getByLabel("Kolom nama diambil dari").selectOption("id_wilayah");
  await mapping.getByRole("button", { name: "Periksa dengan pemetaan ini" }).click();
  await expect(panel.getByRole("alert")).toContainText('Kolom berkas "id_wilayah" dipilih untuk lebih dari satu kolom');
  await expectNoSeriousViolations(page);
  await mapping.getByLabel("Kolom nama diambil dari").selectOption("label_resmi");
  await mapping.getByRole("button", { name: "Periksa dengan pemetaan ini" }).click();
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("Pemetaan kolom dipakai: kode ← id_wilayah, nama ← label_resmi");
  await expect(preview).toContainText("0 ditolak");
  await expect(mapping).toBeHidden();
});
