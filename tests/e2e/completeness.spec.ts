import { expect, signInByApi, test } from "./fixtures";

// Runs after comparison.spec.ts and withdraws what it declares, so later files see the seeded figures.
test("the Kudus planner declares the pustu register complete, sees a real 0 instead of 'belum ada data', and withdraws it", async ({
  page,
}) => {
  await signInByApi(page, "perencana.kudus");
  await page.goto("/kabupaten/33.19");
  await expect(page.getByTestId("pustu-coverage")).toContainText("belum ada data");
  await expect(page.getByTestId("headline-pustuCoverage")).toContainText("belum ada data");

  await page.getByRole("link", { name: "Kelengkapan data" }).click();
  await expect(page).toHaveURL(/\/kabupaten\/33\.19\/kelengkapan$/);
  const pustu = page.getByTestId("area-PUSTU");
  await expect(pustu.getByTestId("declaration-PUSTU")).toHaveText("belum dinyatakan lengkap");
  await pustu.getByLabel("Lengkap per tanggal").fill("2025-11-01");
  await pustu.getByRole("button", { name: "Nyatakan lengkap" }).click();
  // Nothing happens before the confirmation.
  await expect(page.getByRole("dialog")).toContainText("Nyatakan daftar pustu lengkap per 2025-11-01?");
  await page.getByRole("dialog").getByRole("button", { name: "Ya, lanjutkan" }).click();
  await expect(pustu.getByTestId("declaration-PUSTU")).toContainText("dinyatakan lengkap per 1 November 2025");

  await page.goto("/kabupaten/33.19");
  await expect(page.getByTestId("headline-pustuCoverage")).toContainText("0 dari 132");
  await expect(page.getByTestId("headline-pustuCoverage")).toContainText("Tercatat");

  await page.goto("/kabupaten/33.19/kelengkapan");
  await pustu.getByRole("button", { name: "Tarik pernyataan" }).click();
  await page
    .getByRole("dialog")
    .filter({ hasText: "Tarik pernyataan lengkap" })
    .getByRole("button", { name: "Ya, lanjutkan" })
    .click();
  await expect(pustu.getByTestId("declaration-PUSTU")).toHaveText("belum dinyatakan lengkap");
  await page.goto("/kabupaten/33.19");
  await expect(page.getByTestId("headline-pustuCoverage")).toContainText("belum ada data");
});
