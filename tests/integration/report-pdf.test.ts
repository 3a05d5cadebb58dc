import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { afterAll, describe, expect, inject, it } from "vitest";
import { GET } from "@/app/api/export/kabupaten/[code]/laporan/route";
import { createPrismaClient } from "@/lib/db/client";
import { formatIndonesianDate, timeZoneOfRegion, todayIn } from "@/lib/dates";
import { actAs } from "../support/act-as";

// The district report as a real PDF, read back with PDF.js: what a Kepala Dinas would sign.
const owner = createPrismaClient(inject("databaseUrl"), { max: 1 });
afterAll(() => owner.$disconnect());

/** Every text run of every page, joined by spaces and with runs of white space collapsed. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocument({ data: bytes, useSystemFonts: false, isEvalSupported: false }).promise;
  const parts: string[] = [];
  for (let number = 1; number <= pdf.numPages; number++) {
    const content = await (await pdf.getPage(number)).getTextContent();
    for (const item of content.items) if ("str" in item) parts.push(item.str);
  }
  await pdf.destroy();
  return parts.join(" ").replace(/\s+/g, " ");
}

describe("the district report PDF", () => {
  it("names the district, states the target and ends in a signature block with a marked empty name and NIP", async () => {
    await actAs((await owner.user.findUniqueOrThrow({ where: { username: "perencana.sanggau" } })).id);
    const response = await GET(new Request("http://test/api/export/kabupaten/61.03/laporan"), {
      params: Promise.resolve({ code: "61.03" }),
    });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="laporan-ilp-61\.03-\d{4}-\d{2}-\d{2}\.pdf"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect(new TextDecoder().decode(bytes.slice(0, 5))).toBe("%PDF-");
    const text = await pdfText(bytes);

    expect(text).toContain("Laporan penerapan ILP Kabupaten Sanggau");
    expect(text).toMatch(/Target 2025 · Puskesmas menerapkan ILP: 19; tercapai \d+ \(\d+%\); batas 31 Desember 2025;/);
    // Provenance labels beside the figures and under the charts.
    expect(text).toContain("Sumber angka: Tercatat");
    expect(text).toContain("Daftar puskesmas dan tahapnya");
    // The pustu below the staffing standard, by name.
    const pustu = await owner.facility.findFirstOrThrow({
      where: { type: "PUSTU", districtId: (await owner.region.findUniqueOrThrow({ where: { code: "61.03" } })).id },
      select: { name: true },
      orderBy: { name: "asc" },
    });
    expect(text).toContain(pustu.name);
    // Signature block: place and district-local date, title, a marked empty name and a blank NIP line (never invented).
    const today = formatIndonesianDate(todayIn(timeZoneOfRegion("61.03")));
    expect(text).toContain(`Sanggau, ${today}`);
    expect(text).toContain("Kepala Dinas Kesehatan Kabupaten Sanggau");
    expect(text).toMatch(/\(nama belum diisi\) NIP\. \.{10,}/);
  });

  it("is refused to a user of another district as if it did not exist", async () => {
    await actAs((await owner.user.findUniqueOrThrow({ where: { username: "perencana.kudus" } })).id);
    const response = await GET(new Request("http://test/api/export/kabupaten/61.03/laporan"), {
      params: Promise.resolve({ code: "61.03" }),
    });
    expect(response.status).toBe(404);
  });
});
