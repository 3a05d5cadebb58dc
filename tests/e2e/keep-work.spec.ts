import type { Page } from "@playwright/test";
import { expect, signInByApi, test } from "./fixtures";

// The daily rough edges: the board keeps unsaved work, the puskesmas list keeps
// its place, read-only users see nothing to edit, and the summary copies.

const PERSON = "Tenaga Kesehatan 02 (ilustratif)";

async function openBoard(page: Page) {
  await signInByApi(page, "kepala.sumberurip");
  await page.goto("/");
  await page.getByRole("link", { name: "Papan klaster", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Papan klaster – Puskesmas Sumber Urip");
}

test("the board asks before unsaved changes are left behind, saves with Ctrl+S and puts the focus on the outcome", async ({
  page,
}) => {
  test.setTimeout(120_000); // two saves and three page loads on a shared machine
  await openBoard(page);
  const menu = page.getByRole("combobox", { name: `Klaster untuk ${PERSON}` });
  const before = await menu.inputValue();
  const other = before === "1" ? "3" : "1";
  await menu.selectOption(other);
  await expect(page.getByTestId("unsaved")).toHaveText("1 orang berubah, belum disimpan.");

  // A tab of the app: asked first; "Batal" keeps the board and its change.
  const asked: string[] = [];
  page.once("dialog", (dialog) => {
    asked.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  const boardUrl = page.url();
  await page
    .getByRole("navigation", { name: "Halaman klaster" })
    .getByRole("link", { name: "Struktur organisasi", exact: true })
    .click();
  await expect
    .poll(() => asked)
    .toEqual(["confirm: Ada perubahan papan yang belum disimpan. Tinggalkan halaman ini dan buang perubahan?"]);
  expect(page.url()).toBe(boardUrl);
  await expect(page.getByTestId("unsaved")).toHaveText("1 orang berubah, belum disimpan.");

  // The skip link leads to the save form.
  await page.getByRole("link", { name: "Lompat ke Simpan papan", exact: true }).focus();
  await page.keyboard.press("Enter");
  await expect(page.getByLabel("Berlaku mulai")).toBeFocused();
  await expect(page.getByText("Pintasan: Ctrl+S (⌘S di Mac) menyimpan papan.", { exact: true })).toBeVisible();

  // Ctrl+S saves; the outcome is announced (role=status) and holds the focus.
  await page.keyboard.press("Control+s");
  const saved = page.getByRole("status").filter({ hasText: "Papan tersimpan (1 orang berubah)." });
  await expect(saved).toBeVisible();
  await expect(page.locator(":focus")).toContainText("Papan tersimpan (1 orang berubah).");
  await expect(page.getByTestId("unsaved")).toHaveText("Tidak ada perubahan yang belum disimpan.");

  // Back as it was, with the button this time; nothing unsaved, so leaving asks nothing.
  await menu.selectOption(before);
  await page.getByRole("button", { name: "Simpan papan" }).first().click();
  await expect(page.getByTestId("unsaved")).toHaveText("Tidak ada perubahan yang belum disimpan.");
  page.once("dialog", (dialog) => {
    asked.push(dialog.type());
    void dialog.dismiss();
  });
  await page
    .getByRole("navigation", { name: "Halaman klaster" })
    .getByRole("link", { name: "Struktur organisasi", exact: true })
    .click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Struktur Organisasi Puskesmas per Klaster");
  expect(asked).toHaveLength(1);
});

test("reloading or closing the board with unsaved changes asks the browser's own question", async ({ page }) => {
  await openBoard(page);
  // Chromium asks only on a page the user has interacted with: a real click first.
  await page.getByRole("heading", { level: 1 }).click();
  await page.getByRole("combobox", { name: `Klaster untuk ${PERSON}` }).selectOption({ index: 0 });
  await expect(page.getByTestId("unsaved")).toHaveText("1 orang berubah, belum disimpan.");
  const dialog = page.waitForEvent("dialog");
  await page.close({ runBeforeUnload: true });
  const question = await dialog;
  expect(question.type()).toBe("beforeunload");
  await question.accept();
});

test("the puskesmas list keeps its place: filtering and sorting do not jump to the top, the URL keeps the state", async ({
  page,
}) => {
  await signInByApi(page, "perencana.rejanglebong");
  await page.goto("/kabupaten/17.02");
  // Reachable from the top of the page.
  await page.getByRole("link", { name: "Ke daftar puskesmas", exact: true }).click();
  const list = page.getByRole("heading", { name: "Daftar puskesmas", exact: true });
  await expect(list).toBeInViewport();
  const rows = page.getByRole("table", { name: "Daftar puskesmas" }).getByRole("row");

  await page.getByLabel("Cari nama puskesmas").fill("Curup");
  await page.getByRole("button", { name: "Terapkan", exact: true }).click();
  await expect(page).toHaveURL(/[?&]cari=Curup/);
  await expect(rows.nth(1)).toContainText("Curup");
  const filtered = await rows.count();
  expect(filtered).toBeLessThan(22);
  await expect(list).toBeInViewport();
  expect(await page.evaluate(() => window.scrollY)).toBeGreaterThan(500);

  await page.getByRole("link", { name: /^Nama( [▲▼])?$/ }).click();
  await expect(page).toHaveURL(/[?&]arah=desc/);
  await expect(page).toHaveURL(/[?&]cari=Curup/);
  await expect(list).toBeInViewport();

  await page.goBack();
  await expect(page).not.toHaveURL(/arah=desc/);
  await expect(page).toHaveURL(/[?&]cari=Curup/);
  await expect(page.getByLabel("Cari nama puskesmas")).toHaveValue("Curup");
  await page.goBack();
  await expect(page).not.toHaveURL(/cari=/);
  await expect(rows).toHaveCount(22);
  await expect(page.getByLabel("Cari nama puskesmas")).toHaveValue("");
  await page.goForward();
  await expect(rows).toHaveCount(filtered);
  await expect(page.getByLabel("Cari nama puskesmas")).toHaveValue("Curup");
});

test("a province official sees a read-only district and board: no Kelola, no Impor, no drag hints", async ({
  page,
}) => {
  await signInByApi(page, "provinsi.bengkulu");
  await page.goto("/kabupaten/17.02");
  await expect(page.getByTestId("read-only").first()).toBeVisible();
  const pages = page.getByRole("navigation", { name: "Halaman kabupaten/kota" });
  await expect(pages.getByRole("link", { name: "Fasilitas", exact: true })).toBeVisible();
  await expect(pages.getByRole("link", { name: "Ekspor data", exact: true })).toBeVisible();
  await expect(page.getByText(/Kelola|Impor/)).toHaveCount(0);

  const puskesmas = await page
    .getByRole("table", { name: "Daftar puskesmas" })
    .getByRole("link", { name: "Puskesmas Sumber Urip", exact: true })
    .getAttribute("href");
  await page.goto(`${puskesmas}/klaster`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Papan klaster – Puskesmas Sumber Urip");
  await expect(page.getByText(/Seret|Impor|Kelola|Keyboard: Tab/)).toHaveCount(0);
  await expect(page.getByText("Papan ini hanya dapat dibaca oleh Anda.", { exact: false })).toBeVisible();
  await expect(page.getByRole("combobox")).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Simpan papan" })).toHaveCount(0);
  await expect(page.locator('[draggable="true"]')).toHaveCount(0);
});

test("the district page copies a short summary to paste into WhatsApp", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signInByApi(page, "perencana.rejanglebong");
  await page.goto("/kabupaten/17.02");
  await page.getByRole("button", { name: "Salin ringkasan", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: "Ringkasan disalin." })).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  const lines = text.split("\n");
  expect(lines[0]).toMatch(/^Ringkasan ILP Kabupaten Rejang Lebong, per \d{1,2} [A-Z][a-z]+ 20\d\d \(WIB\)$/);
  expect(lines[1]).toMatch(/^Puskesmas \(21\): Menerapkan ILP \d+, /);
  expect(text).toMatch(
    /Target \d{4}: \d+ dari 21 puskesmas menerapkan ILP \([\d,]+%\), tenggat \d{1,2} [A-Z][a-z]+ \d{4}/,
  );
});

test("the app has an icon, and signing in shows progress instead of a blank screen", async ({ page }) => {
  await page.goto("/masuk");
  const icon = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(icon).toBeTruthy();
  expect((await page.request.get(icon!)).status()).toBe(200);
  await page.getByLabel("Nama pengguna").fill("perencana.rejanglebong");
  await page.getByLabel("Kata sandi").fill("ilp-demo-2026");
  // Watch the page between the click and the district page: it must never go blank.
  await page.evaluate(() => {
    const state = window as unknown as { __blank: boolean };
    state.__blank = false;
    new MutationObserver(() => {
      if (document.body.innerText.trim() === "") state.__blank = true;
    }).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
  await page.getByRole("button", { name: "Masuk" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText("Kabupaten Rejang Lebong");
  expect(await page.evaluate(() => (window as unknown as { __blank: boolean }).__blank)).toBe(false);
});
