import { expect, signInByApi, test } from "./fixtures";

test("a puskesmas head sees their own puskesmas and 'not found' on another's URL", async ({ browser }) => {
  // A planner's page gives the real URL of another puskesmas of the same district.
  const planner = await browser.newPage();
  await signInByApi(planner, "perencana.rejanglebong");
  await planner.goto("/kabupaten/17.02?cari=curup+timur");
  const otherHref = await planner.getByRole("link", { name: "Puskesmas Curup Timur" }).getAttribute("href");
  expect(otherHref).toMatch(/^\/puskesmas\/[0-9a-f-]{36}$/);
  await planner.close();

  const head = await browser.newPage();
  await signInByApi(head, "kepala.sumberurip");
  await head.goto("/");
  await expect(head.getByRole("heading", { level: 1 })).toHaveText("Puskesmas Sumber Urip");

  const response = await head.goto(otherHref!);
  expect(response?.status()).toBe(404);
  await expect(head.getByRole("heading", { name: "Tidak ditemukan" })).toBeVisible();
  await expect(head.getByText("Puskesmas Curup Timur")).toHaveCount(0);
  expect((await head.goto("/kabupaten/17.02"))?.status()).toBe(404);
  // The roster import of another puskesmas: neither its page nor its route.
  expect((await head.goto(`${otherHref}/klaster/impor`))?.status()).toBe(404);
  expect(
    (await head.request.get(`/api${otherHref!.replace("/puskesmas/", "/impor/puskesmas/")}/tenaga`)).status(),
  ).toBe(404);
  expect(
    (
      await head.request.post(`/api${otherHref!.replace("/puskesmas/", "/impor/puskesmas/")}/tenaga`, {
        multipart: {
          mode: "dryRun",
          file: { name: "t.csv", mimeType: "text/csv", buffer: Buffer.from("kode_puskesmas,nama,profesi\n") },
        },
      })
    ).status(),
  ).toBe(404);
  await head.close();
});

test("a Dinkes admin creates a planner, who must change the temporary password first", async ({ browser }) => {
  const admin = await browser.newPage();
  await signInByApi(admin, "admin.rejanglebong");
  await admin.goto("/pengguna");
  await admin.getByLabel("Nama pengguna", { exact: true }).fill("perencana.baru");
  await admin.getByLabel("Nama", { exact: true }).fill("Perencana Baru");
  await admin.getByLabel("Kata sandi sementara (min. 12 karakter)").fill("sementara-e2e-123");
  await admin.getByLabel("Peran").selectOption("DINKES_PLANNER");
  // Only the places this admin may grant are offered: their own district (the server checks again).
  const region = admin.getByLabel("Wilayah (provinsi atau kabupaten/kota)");
  await expect(region.locator("option")).toHaveText([/\(17\.02\)$/]);
  await expect(region).toHaveValue("17.02");
  await admin.getByRole("button", { name: "Simpan" }).click();
  await expect(admin.getByText("Pengguna dibuat.")).toBeVisible();
  await expect(admin.getByRole("link", { name: "perencana.baru" })).toBeVisible();
  await admin.close();

  const planner = await browser.newPage();
  await signInByApi(planner, "perencana.baru", "sementara-e2e-123");
  await planner.goto("/kabupaten/17.02");
  await expect(planner).toHaveURL(/\/ganti-sandi$/);
  await planner.getByLabel("Kata sandi sekarang").fill("sementara-e2e-123");
  await planner.getByLabel("Kata sandi baru (min. 12 karakter)").fill("pilihan-sendiri-456");
  await planner.getByRole("button", { name: "Ganti kata sandi" }).click();
  await expect(planner).toHaveURL(/\/masuk/);
  await planner.getByLabel("Nama pengguna").fill("perencana.baru");
  await planner.getByLabel("Kata sandi").fill("pilihan-sendiri-456");
  await planner.getByRole("button", { name: "Masuk" }).click();
  await expect(planner.getByTestId("target-card")).toContainText("dari 21 puskesmas menerapkan ILP");
  await planner.close();
});

test("the Dinkes admin reads the district's audit log, filtered; a planner may not", async ({ page, browser }) => {
  await signInByApi(page, "admin.rejanglebong");
  await page.goto("/audit");
  // Sign-ins have their own tab, in words, with the account's name.
  await page.getByRole("link", { name: "Masuk dan keluar", exact: true }).click();
  await expect(page).toHaveURL(/tampil=masuk/);
  await expect(page.getByRole("cell", { name: "Masuk", exact: true }).first()).toBeVisible();
  await expect(page.getByRole("cell", { name: /admin\.rejanglebong/ }).first()).toBeVisible();
  // Filtered by person: another account's name leaves nothing.
  await page.getByLabel("Pelaku (nama atau nama pengguna)").fill("perencana.sanggau");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/pelaku=perencana\.sanggau/);
  await expect(page.getByText("Tidak ada catatan yang cocok.", { exact: true })).toBeVisible();

  const planner = await browser.newPage();
  await signInByApi(planner, "perencana.rejanglebong");
  expect((await planner.goto("/audit"))?.status()).toBe(404);
  await planner.close();
});
