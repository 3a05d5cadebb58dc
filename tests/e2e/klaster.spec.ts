import fs from "node:fs";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signInByApi, test } from "./fixtures";

const NEW_BIDAN = "Tenaga Kesehatan 45 (ilustratif)";
const OLD_K2_COORDINATOR = "Tenaga Kesehatan 03 (ilustratif)";

async function openBoard(page: Page) {
  await signInByApi(page, "kepala.sumberurip");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Puskesmas Sumber Urip");
  await page.getByRole("link", { name: "Papan klaster" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Papan klaster – Puskesmas Sumber Urip");
}

test("the head of Sumber Urip assigns a new bidan to Klaster 2 by keyboard, makes them coordinator, sees the rules update and opens the structure", async ({
  page,
}) => {
  test.setTimeout(120_000); // a save and six page loads on a shared machine
  await openBoard(page);
  const readiness = page.getByTestId("readiness");
  const rules = page.getByTestId("rule-list");
  await expect(readiness).toHaveText("Kesiapan: 3 dari 5 aturan terpenuhi");
  await expect(rules).toContainText("1 orang belum ditugaskan ke klaster:");
  await expect(rules.getByRole("link", { name: NEW_BIDAN })).toBeVisible();
  await expect(page.getByTestId("column-none").getByTestId("staff-card")).toHaveText([
    new RegExp(NEW_BIDAN.replace(/[()]/g, "\\$&")),
  ]);

  // Keyboard only from here: the filter box, Tab to the card's cluster menu, arrows to Klaster 2.
  await page.getByLabel("Saring kartu (nama atau profesi)").focus();
  await page.keyboard.type("Tenaga Kesehatan 45");
  await page.keyboard.press("Tab"); // the person's name (a link to their history)
  await page.keyboard.press("Tab");
  const menu = page.getByRole("combobox", { name: `Klaster untuk ${NEW_BIDAN}` });
  await expect(menu).toBeFocused();
  await page.keyboard.press("ArrowDown"); // Klaster 1
  await expect(menu).toBeFocused();
  await page.keyboard.press("ArrowDown"); // Klaster 2
  await expect(menu).toHaveValue("2");
  await expect(page.getByTestId("column-2")).toContainText(NEW_BIDAN);
  await expect(readiness).toHaveText("Kesiapan: 4 dari 5 aturan terpenuhi");
  await expect(rules).not.toContainText("belum ditugaskan");

  await page.keyboard.press("Tab");
  const coordinator = page.getByRole("button", { name: `Penanggung jawab: ${NEW_BIDAN}` });
  await expect(coordinator).toBeFocused();
  await page.keyboard.press("Space");
  await expect(coordinator).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByText(`${NEW_BIDAN} sekarang penanggung jawab klasternya.`)).toBeAttached();

  // Warnings update live: a cluster with two coordinators never appears; removing Klaster 2's bidan does.
  await page.getByLabel("Saring kartu (nama atau profesi)").fill("");
  await expect(page.getByRole("button", { name: `Penanggung jawab: ${OLD_K2_COORDINATOR}` })).toHaveAttribute(
    "aria-pressed",
    "false",
  );
  await expect(page.getByTestId("unsaved")).toHaveText("2 orang berubah, belum disimpan.");
  await expect(rules).toContainText("Pustu Karang Jaya: 1 tenaga; belum ada: Bidan");

  await page.getByRole("button", { name: "Simpan papan" }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByText("Papan tersimpan (2 orang berubah).")).toBeVisible();
  await expect(page.getByTestId("unsaved")).toHaveText("Tidak ada perubahan yang belum disimpan.");

  // The structure, printable, with the new coordinator of Klaster 2.
  await page.getByRole("link", { name: "Struktur organisasi" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Struktur Organisasi Puskesmas per Klaster");
  const klaster2 = page.getByRole("region", { name: "Klaster 2 – Ibu dan Anak" });
  await expect(klaster2.getByText("Penanggung jawab").locator("..")).toContainText(NEW_BIDAN);
  await expect(klaster2).toContainText(OLD_K2_COORDINATOR);
  await expect(page.getByRole("button", { name: "Cetak / simpan PDF" })).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "Cetak / simpan PDF" })).toBeHidden();
  await page.emulateMedia({ media: "screen" });
  const xlsx = await page.request.get(
    `${new URL(page.url()).pathname.replace(/\/puskesmas\/([^/]+)\/klaster\/struktur/, "/api/export/puskesmas/$1/klaster")}?tabel=struktur&format=xlsx`,
  );
  expect(xlsx.status()).toBe(200);
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");

  // The person's history shows the new assignment.
  await page.getByRole("link", { name: "Tenaga kesehatan" }).click();
  await page.getByLabel("Cari nama atau NIP").fill("Kesehatan 45");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/cari=Kesehatan\+45/);
  await page.getByRole("link", { name: NEW_BIDAN }).click();
  await expect(page.getByTestId("assignment-history")).toContainText("Klaster 2 – Ibu dan Anak");
  await expect(page.getByTestId("assignment-history")).toContainText("Penanggung jawab");
});

test("a card dragged to another column moves there and awaits saving", async ({ page }) => {
  // Tall enough that the card and the target column are both on screen: no scrolling mid-drag.
  await page.setViewportSize({ width: 1366, height: 1100 });
  await openBoard(page);
  const name = "Tenaga Kesehatan 02 (ilustratif)";
  const card = page.getByTestId("staff-card").filter({ hasText: name });
  // Grab the card by its profession line: a drag that starts on its menu or link would not move the card.
  await card.getByText("Administrasi", { exact: true }).dragTo(page.getByTestId("column-2").getByRole("heading"));
  await expect(page.getByTestId("column-2")).toContainText(name);
  await expect(page.getByRole("combobox", { name: `Klaster untuk ${name}` })).toHaveValue("2");
  await expect(page.getByTestId("unsaved")).toHaveText("1 orang berubah, belum disimpan.");
});

test("the board has no serious accessibility violations (axe-core)", async ({ page }) => {
  test.setTimeout(180_000); // axe-core is slow on a shared machine
  await openBoard(page);
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === "serious" || violation.impact === "critical",
  );
  expect(
    serious.map(
      (violation) =>
        `${violation.id}: ${violation.nodes
          .map((node) => node.target.join(" "))
          .slice(0, 3)
          .join(", ")}`,
    ),
  ).toEqual([]);
  expect(results.passes.length).toBeGreaterThan(10);
});

test("a planner reads the district roll-up and the board read-only", async ({ page }) => {
  await signInByApi(page, "perencana.rejanglebong");
  await page.goto("/kabupaten/17.02");
  await expect(page.getByTestId("dashboard-staffing")).toContainText("Puskesmas Sumber Urip");
  await page.getByRole("link", { name: "Penugasan klaster" }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Penugasan klaster – Kabupaten Rejang Lebong");
  const row = page.getByRole("row", { name: /Puskesmas Sumber Urip/ });
  await expect(row).toContainText("Pustu Karang Jaya");
  // Columns: active staff, assigned, share assigned. The seed assigns 44 of 45; the journey above, when it ran, one more.
  const cells = row.getByRole("cell");
  await expect(cells.nth(0)).toHaveText("45");
  const assigned = Number(await cells.nth(1).textContent());
  expect(assigned).toBeGreaterThanOrEqual(44);
  await expect(cells.nth(2)).toHaveText(`${Math.round((assigned / 45) * 100)}%`);
  await row.getByRole("link", { name: "Puskesmas Sumber Urip" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Papan klaster – Puskesmas Sumber Urip");
  // The roll-up's count is exactly the board's: everyone not in a cluster sits in the "none" column.
  await expect(page.getByTestId("column-none").getByTestId("staff-card")).toHaveCount(45 - assigned);
  await expect(page.getByRole("button", { name: "Simpan papan" })).toHaveCount(0);
  await expect(page.getByRole("combobox")).toHaveCount(0);
});

for (const viewport of [
  { width: 1366, height: 768 },
  { width: 390, height: 844 },
]) {
  test(`the board fits a ${viewport.width}×${viewport.height} screen without sideways scrolling`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await openBoard(page);
    await expect(page.getByTestId("readiness")).toBeVisible();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    const menu = page.getByRole("combobox").first();
    const box = (await menu.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(viewport.width);
    // KLASTER_SCREENSHOTS=<dir> keeps pictures for a human look.
    if (process.env.KLASTER_SCREENSHOTS) {
      await page.screenshot({
        path: `${process.env.KLASTER_SCREENSHOTS}/klaster-${viewport.width}x${viewport.height}.png`,
      });
      await page.screenshot({
        path: `${process.env.KLASTER_SCREENSHOTS}/klaster-${viewport.width}x${viewport.height}-full.png`,
        fullPage: true,
      });
    }
  });
}

// Last in this file: it adds a person to Sumber Urip and takes them out again (undo), so the counts above hold.
test("the head of Sumber Urip imports a roster file from the staff page: dry run, commit, the new person in the roster, undo", async ({
  page,
}) => {
  await signInByApi(page, "kepala.sumberurip");
  await page.goto("/");
  await page.getByRole("link", { name: "Papan klaster" }).click();
  await page
    .getByRole("navigation", { name: "Halaman klaster" })
    .getByRole("link", { name: "Tenaga kesehatan" })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Tenaga kesehatan – Puskesmas Sumber Urip");
  await page.getByRole("link", { name: "Impor daftar tenaga dari CSV/XLSX" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Impor tenaga kesehatan – Puskesmas Sumber Urip");
  await expect(page.getByText("Belum ada impor untuk puskesmas ini.")).toBeVisible();

  // The template, and this puskesmas' code as the page states it.
  const downloading = page.waitForEvent("download");
  await page.getByTestId("import-kind-tenaga").getByRole("link", { name: "Templat CSV" }).click();
  const header = fs
    .readFileSync(await (await downloading).path())
    .toString("utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split(/\r?\n/)[0];
  expect(header).toBe("kode_puskesmas,nip,nama,profesi,status_kepegawaian,penempatan,kode_pustu,jadwal_pustu,aktif");
  const code = /dengan (\S+) \(puskesmas ini\)/.exec(
    (await page.getByText("Isi kode_puskesmas dengan").textContent()) ?? "",
  )?.[1];
  expect(code).toBeTruthy();

  // A small file: one new worker, checked first (nothing saved), then committed.
  const name = "Perawat Impor Kepala (uji)";
  await page.getByLabel("Berkas", { exact: true }).setInputFiles({
    name: "tenaga-sumber-urip.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`${header}\r\n${code},,${name},PERAWAT,KONTRAK,PUSKESMAS,,,ya\r\n`),
  });
  await page.getByRole("button", { name: "Periksa berkas (uji coba)" }).click();
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("1 baru");
  await expect(preview).toContainText("0 diubah");
  await expect(preview).toContainText("0 ditolak");
  await page.getByRole("button", { name: "Impor semua" }).click();
  await expect(page.getByText("Impor tersimpan: 1 baru, 0 diubah, 0 tidak berubah, 0 dilewati.")).toBeVisible();
  const history = page.getByTestId("import-history");
  await expect(history).toContainText("tenaga-sumber-urip.csv");

  // The new person is on the roster.
  await page
    .getByRole("navigation", { name: "Halaman klaster" })
    .getByRole("link", { name: "Tenaga kesehatan" })
    .click();
  await page.getByLabel("Cari nama atau NIP").fill("Perawat Impor Kepala");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page.getByRole("link", { name })).toBeVisible();

  // Undone from the history (after a confirmation): the roster is as before.
  await page.getByRole("link", { name: "Impor daftar tenaga dari CSV/XLSX" }).click();
  await page.getByRole("button", { name: "Batalkan impor" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "Ya, lanjutkan" }).click();
  await expect(history).toContainText("Dibatalkan");
  await page.goto(`${new URL(page.url()).pathname.replace(/\/impor$/, "/staf")}?cari=Perawat+Impor+Kepala`);
  await expect(page.getByText("Tidak ada tenaga kesehatan yang cocok dengan filter ini.")).toBeVisible();
});

test("a planner sees a puskesmas' roster imports read-only: the history, no upload", async ({ page }) => {
  await signInByApi(page, "perencana.rejanglebong");
  await page.goto("/kabupaten/17.02/klaster");
  await page
    .getByRole("row", { name: /Puskesmas Sumber Urip/ })
    .getByRole("link", { name: "Puskesmas Sumber Urip" })
    .click();
  await page.getByRole("navigation", { name: "Halaman klaster" }).getByRole("link", { name: "Impor tenaga" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Impor tenaga kesehatan – Puskesmas Sumber Urip");
  await expect(page.getByText("hanya kepala puskesmas ini yang dapat mengimpor")).toBeVisible();
  await expect(page.getByRole("button", { name: "Periksa berkas (uji coba)" })).toHaveCount(0);
  await expect(page.getByTestId("import-history")).toContainText("tenaga-sumber-urip.csv");
});
