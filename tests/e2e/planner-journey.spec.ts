import fs from "node:fs";
import { expect, signInByApi, test } from "./fixtures";

test("the Rejang Lebong planner moves a second puskesmas to 'menerapkan ILP', sees 2 dari 21 and the trend move, and exports the list", async ({
  page,
}) => {
  await signInByApi(page, "perencana.rejanglebong");
  await page.goto("/kabupaten/17.02");
  await expect(page.getByTestId("target-card")).toContainText("1 dari 21 puskesmas menerapkan ILP");
  const trendTable = page.locator("figure", { hasText: "Tahap ILP puskesmas dari waktu ke waktu" });
  await trendTable.getByText("Lihat tabel").click();
  await expect(trendTable.getByRole("row").last()).toContainText(/\t?1$/);

  await page.getByRole("link", { name: "Puskesmas Curup", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Puskesmas Curup");
  await page.getByText("Ubah tahap ILP").first().click();
  await page.getByLabel("Tahap baru").first().selectOption("MENERAPKAN");
  await page
    .getByLabel("Catatan (wajib; alasan bila mundur tahap)")
    .first()
    .fill("SK Kepala Dinas tentang penerapan ILP di Puskesmas Curup");
  // "Menerapkan ILP" of a puskesmas needs the decree naming it an ILP puskesmas.
  await page.getByLabel("Penerbit SK").selectOption("KEPALA_DINAS");
  await page.getByLabel("Nomor SK").fill("440/12/DINKES/2025");
  await page.getByLabel("Tanggal SK").fill("2025-10-01");
  await page.getByRole("button", { name: "Simpan perubahan tahap" }).first().click();
  await expect(page.getByText("Tahap sekarang: Menerapkan ILP")).toBeVisible();
  await expect(page.getByText("SK Kepala Dinas tentang penerapan ILP di Puskesmas Curup")).toBeVisible();

  await page.getByRole("link", { name: "Kabupaten Rejang Lebong" }).click();
  await expect(page.getByTestId("target-card")).toContainText("2 dari 21 puskesmas menerapkan ILP");
  await trendTable.getByText("Lihat tabel").click();
  await expect(trendTable.getByRole("row").last()).toContainText(/2$/);

  await page.getByLabel("Tahap", { exact: true }).selectOption("MENERAPKAN");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/tahap=MENERAPKAN/);
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "Unduh CSV", exact: true }).first().click();
  const file = await (await download).path();
  const lines = fs
    .readFileSync(file, "utf8")
    .replace(/^\uFEFF/, "")
    .trim()
    .split("\r\n");
  expect(lines).toHaveLength(3);
  expect(
    lines
      .slice(1)
      .map((line) => line.split(",")[1])
      .sort(),
  ).toEqual(["Puskesmas Curup", "Puskesmas Sumber Urip"]);
});
