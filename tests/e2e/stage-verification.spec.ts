import { expect, signInByApi, test } from "./fixtures";

// Issue 13: a head proposes a stage with the checklist and the decree, the Rejang Lebong
// planner verifies it (the count goes from 1 to 2 of 21 on the demo data) and then
// corrects the entry's date, which moves the adoption trend. Counts are read first, so
// the spec also holds after planner-journey.spec.ts has moved another puskesmas.

const countOf = async (text: Promise<string>) => Number(/(\d+) dari 21 puskesmas menerapkan ILP/.exec(await text)?.[1]);

test("the Curup Timur head proposes 'Menerapkan ILP' with the checklist; the planner verifies it, sees one more of 21, and corrects its date", async ({
  browser,
}) => {
  const headContext = await browser.newContext();
  const plannerContext = await browser.newContext();
  const head = await headContext.newPage();
  const planner = await plannerContext.newPage();

  // Before: the planner's figure and the trend at the end of June 2025.
  await signInByApi(planner, "perencana.rejanglebong");
  await planner.goto("/kabupaten/17.02");
  const before = await countOf(planner.getByTestId("target-card").innerText());
  expect(before).toBeGreaterThanOrEqual(1);
  const trend = planner.locator("figure", { hasText: "Tahap ILP puskesmas dari waktu ke waktu" });
  await trend.getByText("Lihat tabel").click();
  const june2025 = trend.getByRole("row").filter({ hasText: "2025-06" });
  const juneBefore = Number(/(\d+)\s*$/.exec(await june2025.innerText())?.[1]);

  // 1. The head proposes, ticking two checklist items, with evidence for one and the decree.
  await signInByApi(head, "kepala.curuptimur");
  await head.goto("/");
  await expect(head.getByRole("heading", { level: 1 })).toHaveText("Puskesmas Curup Timur");
  await head.getByText("Usulkan tahap ILP").click();
  await head.getByLabel("Tahap baru").first().selectOption("MENERAPKAN");
  await head
    .getByLabel("Catatan (wajib; alasan bila mundur tahap)")
    .first()
    .fill("Seluruh klaster berjalan sejak SK Bupati");
  await head.getByRole("checkbox", { name: /Tim Kerja ILP dibentuk/ }).check();
  await head.getByRole("checkbox", { name: /SK penetapan puskesmas sebagai Puskesmas ILP/ }).check();
  await expect(
    head.getByText("sumber: SK Bupati untuk penetapan Puskesmas ILP", { exact: false }).first(),
  ).toBeVisible();
  await expect(head.getByText("(praktik daerah)").first()).toBeVisible();
  await head
    .getByRole("textbox", { name: /Bukti untuk butir ini.*SK penetapan puskesmas/ })
    .fill("SK Bupati No. 440/77/2025");
  await head.getByLabel("Penerbit SK").selectOption("BUPATI");
  await head.getByLabel("Nomor SK").fill("440/77/RL/2025");
  await head.getByLabel("Tanggal SK").fill("2025-05-20");
  await head.getByRole("button", { name: "Kirim usulan tahap" }).click();
  await expect(head.getByText("Usulan terkirim dan menunggu verifikasi Dinkes.")).toBeVisible();
  const proposal = head.getByTestId("stage-entry").filter({ hasText: "Seluruh klaster berjalan sejak SK Bupati" });
  await expect(proposal).toContainText("menunggu verifikasi");
  await expect(proposal).toContainText("SK Bupati No. 440/77/RL/2025");
  await expect(head.getByText("Tahap sekarang: Menerapkan ILP")).toHaveCount(0);

  // 2. The planner sees it apart from the figures, verifies it, and the count moves by one.
  await planner.goto("/kabupaten/17.02");
  await expect(planner.getByTestId("target-card")).toContainText(`${before} dari 21 puskesmas menerapkan ILP`);
  const pending = planner.getByTestId("pending-proposals");
  await expect(pending).toContainText("Puskesmas Curup Timur");
  await pending.getByRole("link", { name: /Puskesmas Curup Timur/ }).click();
  await expect(planner.getByRole("heading", { level: 1 })).toHaveText("Puskesmas Curup Timur");
  await planner.getByRole("button", { name: "Verifikasi" }).click();
  await expect(planner.getByText("Tahap sekarang: Menerapkan ILP")).toBeVisible();
  await planner.goto("/kabupaten/17.02");
  await expect(planner.getByTestId("target-card")).toContainText(`${before + 1} dari 21 puskesmas menerapkan ILP`);
  if (before === 1)
    await expect(planner.getByTestId("target-card")).toContainText("2 dari 21 puskesmas menerapkan ILP");
  await expect(planner.getByTestId("pending-proposals")).not.toContainText("Puskesmas Curup Timur");

  // The head sees the answer.
  await head.reload();
  await expect(head.getByText("Tahap sekarang: Menerapkan ILP")).toBeVisible();
  await expect(head.getByTestId("stage-entry").filter({ hasText: "Seluruh klaster berjalan" })).toContainText(
    "diverifikasi oleh Perencana Dinkes Rejang Lebong",
  );

  // 3. The entry was dated today by mistake: the planner corrects it to 1 June 2025, and the trend changes.
  await planner.goto("/kabupaten/17.02");
  await trend.getByText("Lihat tabel").click();
  await expect(june2025).toContainText(new RegExp(`${juneBefore}\\s*$`));
  await planner.getByRole("link", { name: "Puskesmas Curup Timur", exact: true }).first().click();
  await planner.getByText("Koreksi atau batalkan entri ini").click();
  await planner.getByLabel("Tanggal yang benar").fill("2025-06-01");
  await planner.getByLabel("Alasan (wajib)").fill("SK berlaku sejak 1 Juni 2025, salah ketik tanggal");
  await planner.getByRole("button", { name: "Simpan koreksi" }).click();
  await expect(planner.getByText("Entri dikoreksi.")).toBeVisible();
  const original = planner.locator('[data-testid="stage-entry"][data-status="CORRECTED"]');
  await expect(original).toContainText("dikoreksi oleh Perencana Dinkes Rejang Lebong");
  await expect(original).toContainText("SK berlaku sejak 1 Juni 2025, salah ketik tanggal");
  await expect(planner.getByText("koreksi atas entri sebelumnya")).toBeVisible();

  await planner.goto("/kabupaten/17.02");
  await trend.getByText("Lihat tabel").click();
  await expect(june2025).toContainText(new RegExp(`${juneBefore + 1}\\s*$`));
  await expect(planner.getByTestId("target-card")).toContainText(`${before + 1} dari 21 puskesmas menerapkan ILP`);

  await headContext.close();
  await plannerContext.close();
});
