import type { Page } from "@playwright/test";
import { expect, signInByApi, test } from "./fixtures";

// Unknown, malformed and out-of-scope records answer a real HTTP 404: the
// guards run before anything streams (in the segment's layout), so no 200
// carrying a "not found" screen inside a loading boundary.

async function hrefs(page: Page, url: string, selector: string): Promise<string[]> {
  await page.goto(url);
  return page.locator(selector).evaluateAll((links) => links.map((link) => link.getAttribute("href")!).filter(Boolean));
}
const status = async (page: Page, url: string) => (await page.request.get(url, { maxRedirects: 0 })).status();

test("foreign, sibling and malformed ids answer HTTP 404 to a planner and to a head", async ({ browser }) => {
  // A national admin names records of another province (Bengkulu Selatan's puskesmas and one of its workers).
  const national = await browser.newPage();
  await signInByApi(national, "admin.nasional");
  const foreignPuskesmas = (await hrefs(national, "/kabupaten/17.01", 'a[href^="/puskesmas/"]')).find((href) =>
    /^\/puskesmas\/[0-9a-f-]{36}$/.test(href),
  )!;
  expect(foreignPuskesmas).toMatch(/^\/puskesmas\/[0-9a-f-]{36}$/);
  const foreignStaff = (await hrefs(national, `${foreignPuskesmas}/klaster`, 'a[href*="/klaster/staf/"]'))[0]!;
  expect(foreignStaff).toMatch(/\/klaster\/staf\/[0-9a-f-]{36}$/);
  await national.close();

  const planner = await browser.newPage();
  await signInByApi(planner, "perencana.rejanglebong");
  const sibling = (await hrefs(planner, "/kabupaten/17.02?cari=curup+timur", 'a[href^="/puskesmas/"]')).find((href) =>
    /^\/puskesmas\/[0-9a-f-]{36}$/.test(href),
  )!;
  expect(await status(planner, "/kabupaten/17.02")).toBe(200);
  for (const url of [
    "/kabupaten/33.19",
    "/kabupaten/17.01/fasilitas",
    "/kabupaten/bukan-kode",
    "/provinsi/17",
    foreignPuskesmas,
    `${foreignPuskesmas}/klaster`,
    "/puskesmas/bukan-uuid",
    "/fasilitas/bukan-uuid",
    `/fasilitas/${foreignPuskesmas.split("/")[2]}`,
  ]) {
    expect(await status(planner, url), `planner ${url}`).toBe(404);
  }
  await planner.close();

  const head = await browser.newPage();
  await signInByApi(head, "kepala.sumberurip");
  await head.goto("/");
  const own = new URL(head.url()).pathname;
  expect(own).toMatch(/^\/puskesmas\/[0-9a-f-]{36}$/);
  const ownStaff = (await hrefs(head, `${own}/klaster`, 'a[href*="/klaster/staf/"]'))[0]!;
  expect(await status(head, ownStaff)).toBe(200);
  const foreignStaffId = foreignStaff.split("/").at(-1)!;
  for (const url of [
    sibling,
    `${sibling}/klaster`,
    `${sibling}/klaster/staf`,
    `${sibling}/klaster/struktur`,
    `${own}/klaster/staf/${foreignStaffId}`,
    `${own}/klaster/staf/bukan-uuid`,
    `${sibling}/klaster/staf/${ownStaff.split("/").at(-1)}`,
  ]) {
    expect(await status(head, url), `head ${url}`).toBe(404);
  }
  await head.close();
});
