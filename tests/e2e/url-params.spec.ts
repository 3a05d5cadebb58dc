import { expect, signInByApi, test } from "./fixtures";

/** A Location header's path and query, whether Next sends it absolute or relative. */
const pathAndQuery = (location: string | undefined) => {
  const url = new URL(location ?? "", "http://base.invalid");
  return url.pathname + url.search;
};

test("an old link with English parameter names is redirected to the Indonesian names and still filters", async ({
  page,
}) => {
  await signInByApi(page, "perencana.rejanglebong");
  const old = await page.request.get("/kabupaten/17.02?q=Urib&sort=stage&dir=desc", { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(pathAndQuery(old.headers()["location"])).toBe("/kabupaten/17.02?cari=Urib&urut=stage&arah=desc");

  await page.goto("/kabupaten/17.02?q=Urib");
  await expect(page).toHaveURL(/\/kabupaten\/17\.02\?cari=Urib$/);
  expect(new URL(page.url()).host).toBe(new URL(old.url()).host);
  const rows = page.getByRole("table", { name: "Daftar puskesmas" }).getByRole("row");
  await expect(rows).toHaveCount(2);
  await expect(rows.nth(1)).toContainText("Puskesmas Sumber Urip");
});

test("an old export link is redirected too, and the file is the filtered one", async ({ page }) => {
  await signInByApi(page, "perencana.sanggau");
  const old = await page.request.get("/api/export/kabupaten/61.03?stage=PERSIAPAN&format=csv", { maxRedirects: 0 });
  expect(old.status()).toBe(308);
  expect(pathAndQuery(old.headers()["location"])).toBe("/api/export/kabupaten/61.03?tahap=PERSIAPAN&format=csv");
  const followed = await page.request.get("/api/export/kabupaten/61.03?stage=PERSIAPAN");
  const current = await page.request.get("/api/export/kabupaten/61.03?tahap=PERSIAPAN");
  expect(followed.status()).toBe(200);
  expect(await followed.text()).toBe(await current.text());
});
