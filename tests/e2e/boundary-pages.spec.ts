import fs from "node:fs";
import path from "node:path";
import type { Page } from "@playwright/test";
import { expect, signInByApi, test } from "./fixtures";

// The boundary fuzz test's page half, over HTTP against the built app: every page
// route pattern gets malformed path segments (4xx) and malformed query parameters
// (never a 5xx), and no answer shows database text. The server action half sends
// a post from a foreign Origin. A page route added without a line in PAGES fails.

const ROOT = path.resolve(import.meta.dirname, "../..");
function pageRoutes(dir = "app"): string[] {
  return fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return pageRoutes(path.join(dir, entry.name));
    if (entry.name !== "page.tsx") return [];
    const route = dir
      .replace(/^app/, "")
      .split("/")
      .filter((part) => part && !/^\(.*\)$/.test(part))
      .join("/");
    return [`/${route}`];
  });
}

type Ids = { puskesmas: string; staff: string; facility: string; user: string };
/** Every page route pattern and a well-formed path for it (ids found by browsing as the national admin). */
const PAGES: Record<string, (ids: Ids) => string> = {
  "/": () => "/",
  "/akun": () => "/akun",
  "/referensi/daftar-periksa": () => "/referensi/daftar-periksa",
  "/referensi/laporan-bulanan": () => "/referensi/laporan-bulanan",
  "/cadangan": () => "/cadangan",
  "/audit": () => "/audit",
  "/nasional": () => "/nasional",
  "/pengguna": () => "/pengguna",
  "/pengguna/[id]": (ids) => `/pengguna/${ids.user}`,
  "/provinsi/[code]": () => "/provinsi/17",
  "/kabupaten/[code]": () => "/kabupaten/17.02",
  "/kabupaten/[code]/fasilitas": () => "/kabupaten/17.02/fasilitas",
  "/kabupaten/[code]/impor": () => "/kabupaten/17.02/impor",
  "/kabupaten/[code]/kegiatan": () => "/kabupaten/17.02/kegiatan",
  "/kabupaten/[code]/kelengkapan": () => "/kabupaten/17.02/kelengkapan",
  "/kabupaten/[code]/klaster": () => "/kabupaten/17.02/klaster",
  "/kabupaten/[code]/laporan": () => "/kabupaten/17.02/laporan",
  "/kabupaten/[code]/laporan-bulanan": () => "/kabupaten/17.02/laporan-bulanan",
  "/kabupaten/[code]/laporan-bulanan/elemen": () => "/kabupaten/17.02/laporan-bulanan/elemen?elemen=ILP_LOKMIN",
  "/kabupaten/[code]/target": () => "/kabupaten/17.02/target",
  "/kabupaten/[code]/wilayah": () => "/kabupaten/17.02/wilayah",
  "/fasilitas/[id]": (ids) => `/fasilitas/${ids.facility}`,
  "/puskesmas/[id]": (ids) => `/puskesmas/${ids.puskesmas}`,
  "/puskesmas/[id]/klaster": (ids) => `/puskesmas/${ids.puskesmas}/klaster`,
  "/puskesmas/[id]/klaster/impor": (ids) => `/puskesmas/${ids.puskesmas}/klaster/impor`,
  "/puskesmas/[id]/klaster/staf": (ids) => `/puskesmas/${ids.puskesmas}/klaster/staf`,
  "/puskesmas/[id]/klaster/staf/[staffId]": (ids) => `/puskesmas/${ids.puskesmas}/klaster/staf/${ids.staff}`,
  "/puskesmas/[id]/klaster/struktur": (ids) => `/puskesmas/${ids.puskesmas}/klaster/struktur`,
  "/puskesmas/[id]/laporan-bulanan": (ids) => `/puskesmas/${ids.puskesmas}/laporan-bulanan?periode=2025-01`,
  "/puskesmas/[id]/laporan-bulanan/impor": (ids) => `/puskesmas/${ids.puskesmas}/laporan-bulanan/impor`,
  "/ganti-sandi": () => "/ganti-sandi",
  "/masuk": () => "/masuk",
};

const BAD_SEGMENTS = [
  "bukan-uuid",
  "%00",
  "17.02%00",
  "%1B",
  "%C2%85",
  "%E0%A4%A",
  "x".repeat(300),
  "..%2F..%2Fetc%2Fpasswd",
  "%27%20OR%20%271%27%3D%271",
];
const BAD_VALUES = [
  "%00",
  "a%00b",
  "%1B%5B31m",
  "%C2%85",
  "%E0%A4%A",
  "x".repeat(150),
  "-1",
  "99999999999999999999",
  "%27%20OR%201%3D1--",
];
const QUERY_KEYS = [
  "cari",
  "hal",
  "per",
  "tanggal",
  "urut",
  "arah",
  "jenis",
  "tahap",
  "kecamatan",
  "tahun",
  "aksi",
  "entitas",
  "pelaku",
  "dari",
  "sampai",
  "status",
  "profesi",
  "perlu",
  "tabel",
  "periode",
  "callbackUrl",
];
const LEAK =
  /prisma|violates|relation "|syntax error|invalid input syntax|invalid byte sequence|duplicate key|PrismaClient|\bat .+\.(?:ts|js):\d+:\d+/i;

async function findIds(page: Page): Promise<Ids> {
  const hrefMatching = async (url: string, pattern: RegExp) => {
    await page.goto(url);
    const hrefs = await page
      .locator("a[href]")
      .evaluateAll((links: Element[]) => links.map((link) => link.getAttribute("href") ?? ""));
    const found = hrefs.map((href: string) => href.match(pattern)?.[1]).find(Boolean);
    if (!found) throw new Error(`no link like ${pattern} on ${url}`);
    return found;
  };
  const uuid = "([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})";
  const puskesmas = await hrefMatching("/kabupaten/17.02", new RegExp(`/puskesmas/${uuid}`));
  return {
    puskesmas,
    staff: await hrefMatching(`/puskesmas/${puskesmas}/klaster/staf`, new RegExp(`/klaster/staf/${uuid}`)),
    facility: await hrefMatching(`/puskesmas/${puskesmas}`, new RegExp(`/fasilitas/${uuid}`)),
    user: await hrefMatching("/pengguna", new RegExp(`/pengguna/${uuid}`)),
  };
}

test("every page route is in the table", () => {
  expect(pageRoutes().sort()).toEqual(Object.keys(PAGES).sort());
});

test("malformed path segments answer 4xx and malformed query parameters never 5xx, on every page, with no database text", async ({
  page,
}) => {
  test.setTimeout(600_000);
  await signInByApi(page, "admin.nasional");
  const ids = await findIds(page);
  const problems: string[] = [];
  let requests = 0;
  const check = async (url: string, expect4xx: boolean) => {
    requests++;
    const response = await page.request.get(url, { maxRedirects: 0, failOnStatusCode: false });
    const status = response.status();
    const body = await response.text();
    if (status >= 500 || (expect4xx && (status < 400 || status > 499)))
      problems.push(`${url.slice(0, 120)}: ${status}`);
    if (LEAK.test(body)) problems.push(`${url.slice(0, 120)}: database text`);
  };
  for (const [pattern, build] of Object.entries(PAGES)) {
    const good = build(ids);
    const segments = good.split("/");
    // Each dynamic segment in turn, the others well-formed.
    for (const [index, part] of pattern.split("/").entries()) {
      if (!part.startsWith("[")) continue;
      for (const bad of BAD_SEGMENTS)
        await check(segments.map((segment, at) => (at === index ? bad : segment)).join("/"), true);
    }
    // Every parameter any page reads, all spoiled alike in one request.
    for (const bad of BAD_VALUES) await check(`${good}?${QUERY_KEYS.map((key) => `${key}=${bad}`).join("&")}`, false);
  }
  expect(problems).toEqual([]);
  expect(requests).toBeGreaterThanOrEqual(Object.keys(PAGES).length * BAD_VALUES.length + 12 * BAD_SEGMENTS.length);
});

test("a server action posted from a foreign Origin is refused with 403, never a 500", async ({ page }) => {
  await signInByApi(page, "perencana.rejanglebong");
  const response = await page.request.post("/kabupaten/17.02/target", {
    headers: {
      "next-action": "0".repeat(42),
      origin: "https://jahat.example",
      "content-type": "text/plain;charset=UTF-8",
    },
    data: "[]",
    failOnStatusCode: false,
    maxRedirects: 0,
  });
  expect(response.status()).toBe(403);
  expect(await response.text()).not.toMatch(LEAK);
});
