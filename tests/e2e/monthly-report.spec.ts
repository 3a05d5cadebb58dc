import fs from "node:fs";
import { expect, signInByApi, test } from "./fixtures";

// Issue 16: the Sumber Urip head fills in the report of the month just ended (October
// when run in November 2026) on a phone-sized screen and submits it; the Rejang Lebong
// planner finds it in the completeness grid, returns it with a comment, approves the
// correction, and downloads the DHIS2 export, which the test reads.

const monthJustEnded = () => {
  const [year, month] = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Jakarta",
    year: "numeric",
    month: "2-digit",
  })
    .format(new Date())
    .split("-")
    .map(Number) as [number, number];
  const index = year * 12 + month - 2;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
};

test("a head submits the monthly report on a phone; the planner returns it, approves the correction and exports it for DHIS2", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const period = monthJustEnded();
  const head = await (await browser.newContext({ viewport: { width: 390, height: 844 } })).newPage();
  const planner = await (await browser.newContext({ acceptDownloads: true })).newPage();

  // 1. The head, on a phone, fills in the month just ended and submits.
  await signInByApi(head, "kepala.sumberurip");
  await head.goto("/");
  await head.getByRole("link", { name: "Laporan bulanan", exact: true }).click();
  await expect(head.getByTestId("example-note")).toHaveText(
    "Contoh — sesuaikan dengan Juknis. Bukan instrumen resmi Kemenkes.",
  );
  await expect(head.getByTestId("report-status")).toContainText("Belum melapor");
  await head.getByLabel("Posyandu yang menyelenggarakan layanan siklus hidup bulan ini", { exact: false }).fill("14");
  await head.getByLabel("Seluruh posyandu di wilayah kerja", { exact: false }).fill("18");
  await head.getByLabel("Kunjungan rumah yang dilakukan", { exact: false }).fill("3");
  await head.getByLabel("Lokakarya mini dilaksanakan", { exact: false }).selectOption("true");
  await head.getByLabel("Rata-rata hari buka pustu", { exact: false }).fill("40");
  await expect(head.getByText("Nilai paling besar 31.", { exact: true })).toBeVisible();
  await head.getByLabel("Rata-rata hari buka pustu", { exact: false }).fill("20");
  const width = await head.evaluate(() => document.documentElement.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
  await head.getByRole("button", { name: "Kirim laporan", exact: true }).click();
  await head.getByRole("button", { name: "Ya, lanjutkan", exact: true }).click();
  await expect(head.getByText("Laporan terkirim.", { exact: true })).toBeVisible();
  await expect(head.getByTestId("report-status")).toContainText("Terkirim");

  // 2. The planner sees it in the grid and returns it with a comment.
  await signInByApi(planner, "perencana.rejanglebong");
  await planner.goto("/kabupaten/17.02/laporan-bulanan");
  const cell = planner.getByTestId(`cell-1011912-${period}`);
  await expect(cell).toHaveAttribute("data-state", "SUBMITTED");
  await cell.click();
  await expect(planner.getByTestId("review-panel")).toBeVisible();
  await planner.getByLabel("Komentar", { exact: true }).fill("Kunjungan rumah 3 terlalu kecil, mohon dicek");
  await planner.getByRole("button", { name: "Kembalikan", exact: true }).click();
  await planner.getByRole("button", { name: "Ya, lanjutkan", exact: true }).click();
  await expect(planner.getByText("Laporan dikembalikan.", { exact: true })).toBeVisible();

  // 3. The head sees the comment, corrects and submits again.
  await head.reload();
  await expect(head.getByTestId("returned-comment")).toHaveText(
    "Dikembalikan oleh Dinkes: Kunjungan rumah 3 terlalu kecil, mohon dicek",
  );
  await head.getByLabel("Kunjungan rumah yang dilakukan", { exact: false }).fill("31");
  await head.getByRole("button", { name: "Kirim laporan", exact: true }).click();
  await head.getByRole("button", { name: "Ya, lanjutkan", exact: true }).click();
  await expect(head.getByText("Laporan terkirim.", { exact: true })).toBeVisible();

  // 4. The planner approves the correction; the grid shows it approved.
  await planner.reload();
  await planner.getByRole("button", { name: "Setujui", exact: true }).click();
  await planner.getByRole("button", { name: "Ya, lanjutkan", exact: true }).click();
  await expect(planner.getByText("Laporan disetujui.", { exact: true })).toBeVisible();
  await planner.goto("/kabupaten/17.02/laporan-bulanan");
  await expect(planner.getByTestId(`cell-1011912-${period}`)).toHaveAttribute("data-state", "APPROVED");

  // 5. The DHIS2 export of that month holds the approved values, by code.
  const [download] = await Promise.all([
    planner.waitForEvent("download"),
    planner.getByRole("link", { name: "dataValueSets JSON", exact: true }).click(),
  ]);
  const body = JSON.parse(fs.readFileSync((await download.path())!, "utf8")) as {
    dataSet: string;
    dataValues: { dataElement: string; period: string; orgUnit: string; value: string }[];
  };
  expect(body.dataSet).toBe("ILP_BULANAN");
  const ours = body.dataValues.filter((value) => value.orgUnit === "PKM-1011912");
  expect(ours.find((value) => value.dataElement === "ILP_KUNJUNGAN_RUMAH")).toEqual({
    dataElement: "ILP_KUNJUNGAN_RUMAH",
    period: period.replace("-", ""),
    orgUnit: "PKM-1011912",
    value: "31",
  });
  expect(ours.find((value) => value.dataElement === "ILP_LOKMIN")?.value).toBe("true");
});
