import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { expect, signInByApi, test } from "./fixtures";

/** Sanggau's desa (not kelurahan) from the Kemendagri reference file the demo seeds from. */
function sanggauDesa(): { code: string; name: string }[] {
  const text = fs.readFileSync(path.resolve("prisma/seed/reference/wilayah-kemendagri-2025.csv"), "utf8");
  return text
    .split(/\r?\n/)
    .filter((line) => /^61\.03\.\d{2}\.2\d{3},/.test(line))
    .map((line) => {
      const [code, ...name] = line.split(",");
      return { code: code!, name: name.join(",") };
    });
}

/** The e2e database as its owner: the scratch database on DATABASE_URL's server, or the embedded one (scripts/e2e.ts). */
function ownerUrl(): string {
  return (
    process.env.DATABASE_URL ||
    `postgresql://postgres:postgres@127.0.0.1:${process.env.EMBEDDED_PG_PORT || 54349}/pantau_ilp`
  );
}

test("the Sanggau planner imports the 163 desa: template, row errors, fix, commit, and the desa list", async ({
  page,
}) => {
  const desa = sanggauDesa();
  expect(desa).toHaveLength(163);
  // The state the planner starts from: desa names typed in capitals by an earlier, hand-made list.
  const client = new pg.Client({ connectionString: ownerUrl() });
  await client.connect();
  await client.query(
    `UPDATE "Region" SET name = upper(name) WHERE code LIKE '61.03.%' AND level = 'DESA' AND kind = 'DESA'`,
  );
  await client.end();

  await signInByApi(page, "perencana.sanggau");
  await page.goto("/kabupaten/61.03");
  await page.getByRole("link", { name: "Impor & ekspor data" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Impor dan ekspor data induk");
  await expect(page.getByTestId("import-limits")).toContainText("paling besar 10 MB dan 100.000 baris data");

  // 1. The desa template.
  const downloading = page.waitForEvent("download");
  await page.getByTestId("import-kind-wilayah").getByRole("link", { name: "Templat CSV" }).click();
  const template = fs
    .readFileSync(await (await downloading).path())
    .toString("utf8")
    .replace(/^\uFEFF/, "");
  // The header, then one example row marked [CONTOH] that an import never reads.
  const [templateHeader, example] = template.trim().split(/\r?\n/);
  expect(templateHeader).toBe("kode,nama");
  expect(example).toMatch(/^\[CONTOH\]/);

  // 2. The real 163 desa, with two bad rows: a letter O for the last digit of one code, a name left empty.
  const rows = desa.map((row) => `${row.code},${row.name}`);
  const broken = [...rows];
  broken[10] = `${desa[10]!.code.slice(0, -1)}O,${desa[10]!.name}`;
  broken[99] = `${desa[99]!.code},`;
  const fileOf = (lines: string[]) => ({
    name: "desa-sanggau.csv",
    mimeType: "text/csv",
    buffer: Buffer.from(`${template.trim()}\r\n${lines.join("\r\n")}\r\n`),
  });
  await page.getByLabel("Jenis data").selectOption("wilayah");
  await page.getByLabel("Berkas", { exact: true }).setInputFiles(fileOf(broken));
  await page.getByRole("button", { name: "Periksa berkas (uji coba)" }).click();

  // 3. The row errors, with the file's line number (the example row, kept, is line 2), column and message;
  // committing everything is refused.
  const preview = page.getByTestId("import-preview");
  await expect(preview).toContainText("161 diubah");
  await expect(preview).toContainText("2 ditolak");
  await expect(preview.getByRole("row", { name: /^13 kode Kode harus kode Kemendagri/ })).toBeVisible();
  await expect(preview.getByRole("row", { name: "102 nama Wajib diisi." })).toBeVisible();
  await expect(page.getByRole("button", { name: "Impor semua" })).toBeDisabled();

  // 4. Fixed, checked again, committed.
  await page.getByLabel("Berkas", { exact: true }).setInputFiles(fileOf(rows));
  await page.getByRole("button", { name: "Periksa berkas (uji coba)" }).click();
  await expect(preview).toContainText("163 diubah");
  await expect(preview).toContainText("0 ditolak");
  await page.getByRole("button", { name: "Impor semua" }).click();
  await expect(page.getByText("Impor tersimpan: 0 baru, 163 diubah, 0 tidak berubah, 0 dilewati.")).toBeVisible();
  await expect(page.getByRole("cell", { name: /desa-sanggau\.csv/ })).toBeVisible();

  // 5. The 163 desa, with their names as Kemendagri writes them.
  await page.goto("/kabupaten/61.03");
  await page.getByRole("link", { name: "Desa/kelurahan" }).click();
  await expect(page.getByTestId("desa-count")).toHaveText("163 desa · 6 kelurahan");
  await expect(page.getByRole("cell", { name: desa[0]!.name, exact: true })).toBeVisible();
  await page.getByLabel("Kecamatan").selectOption("61.03.01");
  await page.getByRole("button", { name: "Terapkan" }).click();
  await expect(page).toHaveURL(/kecamatan=61\.03\.01/);
  await expect(page.getByRole("cell", { name: "Penyeladi", exact: true })).toBeVisible();
});
