import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, signInByApi, test } from "./fixtures";

// A puskesmas head on a phone (390 × 844): no main page scrolls sideways, the
// header folds into a menu, and the new pieces pass axe-core.

const PHONE = { width: 390, height: 844 };
const uuid = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

/** How far the page scrolls sideways, in CSS pixels (0 when it fits). */
async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.scrollingElement!.scrollWidth - window.innerWidth);
}

/** The first link on the page whose href matches `pattern` (its first group). */
async function linkMatching(page: Page, pattern: RegExp): Promise<string> {
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((link) => link.getAttribute("href")));
  const found = hrefs.map((href) => href?.match(pattern)?.[1]).find(Boolean);
  expect(found, `a link like ${pattern} on ${page.url()}`).toBeTruthy();
  return found!;
}

/** Who opens which main pages; the head's pages are found from the head's own landing page. */
const MAIN_PAGES: [string, string[]][] = [
  [
    "perencana.rejanglebong",
    [
      "/kabupaten/17.02",
      "/kabupaten/17.02/fasilitas",
      "/kabupaten/17.02/target",
      "/kabupaten/17.02/kegiatan",
      "/kabupaten/17.02/klaster",
      "/kabupaten/17.02/laporan",
      "/kabupaten/17.02/kelengkapan",
      "/kabupaten/17.02/wilayah",
      "/kabupaten/17.02/impor",
      "/kabupaten/17.02/laporan-bulanan",
      "/kabupaten/17.02/laporan-bulanan/elemen",
      "/akun",
    ],
  ],
  ["provinsi.bengkulu", ["/provinsi/17", "/kabupaten/17.02"]],
  ["admin.nasional", ["/nasional", "/referensi/daftar-periksa", "/referensi/laporan-bulanan"]],
  ["admin.rejanglebong", ["/audit", "/pengguna"]],
];

test("no main page scrolls sideways on a 390 px phone", async ({ page }) => {
  test.setTimeout(240_000);
  await page.setViewportSize(PHONE);
  const overflowing: string[] = [];
  let visited = 0;
  const visit = async (path: string) => {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    await page.waitForLoadState("networkidle");
    visited++;
    const overflow = await sidewaysOverflow(page);
    if (overflow > 0) overflowing.push(`${path}: ${overflow}px too wide`);
  };

  await visit("/masuk");
  for (const [username, paths] of MAIN_PAGES) {
    await page.context().clearCookies();
    await signInByApi(page, username);
    for (const path of paths) await visit(path);
  }
  await page.context().clearCookies();
  await signInByApi(page, "kepala.sumberurip");
  await page.goto("/");
  await expect(page).toHaveURL(new RegExp(`/puskesmas/${uuid}$`));
  const puskesmas = new URL(page.url()).pathname;
  await visit(puskesmas);
  await visit(`/fasilitas/${await linkMatching(page, new RegExp(`/fasilitas/(${uuid})`))}`);
  // The staff page last: its first worker is the next page.
  for (const sub of [
    "klaster",
    "klaster/struktur",
    "klaster/impor",
    "laporan-bulanan",
    "laporan-bulanan/impor",
    "klaster/staf",
  ])
    await visit(`${puskesmas}/${sub}`);
  await visit(`${puskesmas}/klaster/staf/${await linkMatching(page, new RegExp(`/klaster/staf/(${uuid})`))}`);

  expect(visited).toBe(1 + MAIN_PAGES.reduce((sum, [, paths]) => sum + paths.length, 0) + 9);
  expect(overflowing).toEqual([]);
});

test("on a phone the header is a menu behind a button that says whether it is open", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await signInByApi(page, "perencana.rejanglebong");
  await page.goto("/kabupaten/17.02");
  const menuButton = page.getByRole("button", { name: "Menu", exact: true });
  const signOut = page.getByRole("button", { name: "Keluar", exact: true });
  await expect(menuButton).toHaveAttribute("aria-expanded", "false");
  await expect(signOut).toBeHidden();
  // The header is one line: the app's name and the button.
  const header = (await page.locator("header").first().boundingBox())!;
  expect(header.height).toBeLessThan(80);

  await menuButton.focus();
  await page.keyboard.press("Enter");
  await expect(menuButton).toHaveAttribute("aria-expanded", "true");
  await expect(signOut).toBeVisible();
  await expect(page.getByRole("link", { name: "Beranda", exact: true })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(menuButton).toHaveAttribute("aria-expanded", "false");
  await expect(signOut).toBeHidden();

  // On a laptop the links are in the header itself, and there is no menu button.
  await page.setViewportSize({ width: 1366, height: 768 });
  await expect(menuButton).toBeHidden();
  await expect(signOut).toBeVisible();
});

test("the tile map's labels tell the Bengkulu districts apart; the full name is the tile's name", async ({ page }) => {
  await signInByApi(page, "provinsi.bengkulu");
  await page.goto("/provinsi/17");
  const tiles = page.getByRole("listitem").filter({ has: page.locator("span.line-clamp-2") });
  // The page streams in behind its loading state; read the labels once its ten tiles are shown.
  await expect(tiles.nth(9)).toBeVisible();
  const labels = await tiles.locator("span.line-clamp-2").allTextContents();
  expect(labels.length).toBeGreaterThanOrEqual(10);
  expect(new Set(labels).size).toBe(labels.length);
  const selatan = page.getByRole("listitem", { name: /^Kabupaten Bengkulu Selatan: / });
  await expect(selatan.locator("span.line-clamp-2")).toHaveText("Bengkulu Sel.");
});

for (const viewport of [PHONE, { width: 1366, height: 768 }]) {
  test(`the district page and its new parts have no serious axe-core violations at ${viewport.width} px`, async ({
    page,
  }) => {
    test.setTimeout(180_000); // axe-core is slow on a shared machine
    await page.setViewportSize(viewport);
    await signInByApi(page, "perencana.rejanglebong");
    await page.goto("/kabupaten/17.02");
    await expect(page.getByRole("button", { name: "Salin ringkasan", exact: true })).toBeVisible();
    if (viewport.width < 768) await page.getByRole("button", { name: "Menu", exact: true }).click();
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]).analyze();
    const serious = results.violations.filter(
      (violation) => violation.impact === "serious" || violation.impact === "critical",
    );
    expect(
      serious.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  });
}

// Pictures of the changed pages at 1366 and 390 px for a human look: in E2E_SCREENSHOTS=<dir>, else in the test's output folder.
test("screenshots of the changed pages for a human look", async ({ page }) => {
  const dir = process.env.E2E_SCREENSHOTS || test.info().outputPath("screenshots");
  test.setTimeout(180_000);
  const shots: [string, string, string][] = [
    ["perencana.rejanglebong", "/kabupaten/17.02", "district"],
    ["provinsi.bengkulu", "/kabupaten/17.02", "district-read-only"],
    ["provinsi.bengkulu", "/provinsi/17", "province"],
    ["admin.nasional", "/nasional", "national"],
    ["kepala.sumberurip", "/", "puskesmas"],
  ];
  for (const [username, path, name] of shots) {
    await page.context().clearCookies();
    await signInByApi(page, username);
    for (const width of [1366, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 768 });
      await page.goto(path);
      await page.waitForLoadState("networkidle");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await page.screenshot({ path: `${dir}/${name}-${width}.png`, fullPage: true });
      if (width === 390) {
        await page.getByRole("button", { name: "Menu", exact: true }).click();
        await page.screenshot({ path: `${dir}/${name}-${width}-menu.png` });
      }
    }
    if (username === "kepala.sumberurip") {
      await page.getByRole("link", { name: "Papan klaster", exact: true }).first().click();
      await expect(page.getByTestId("readiness")).toBeVisible();
      for (const width of [1366, 390]) {
        await page.setViewportSize({ width, height: width === 390 ? 844 : 768 });
        await page.screenshot({ path: `${dir}/board-${width}.png`, fullPage: true });
      }
    }
  }
});
