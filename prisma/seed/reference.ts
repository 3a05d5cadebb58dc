import fs from "node:fs";
import path from "node:path";
import Papa from "papaparse";
import { normaliseRegionName, parseRegionCode, type ParsedRegionCode } from "@/lib/regions/codes";

// Copies of ../shared/data (see prisma/seed/reference/README.md for sources and licences).
const REFERENCE_DIR = path.resolve(process.cwd(), "prisma", "seed", "reference");

export function readCsv<Row extends Record<string, string>>(file: string): Row[] {
  const text = fs.readFileSync(path.join(REFERENCE_DIR, file), "utf8");
  const parsed = Papa.parse<Row>(text, { header: true, skipEmptyLines: true });
  if (parsed.errors.length) throw new Error(`${file}: ${parsed.errors[0]!.message} (row ${parsed.errors[0]!.row})`);
  return parsed.data;
}

export type ReferenceRegion = ParsedRegionCode & { name: string };

/** Every region of the Kemendagri 2025 list, validated. Throws on a malformed code. */
export function readRegions(): ReferenceRegion[] {
  return readCsv<{ kode: string; nama: string }>("wilayah-kemendagri-2025.csv").map((row) => {
    const parsed = parseRegionCode(row.kode);
    if (!parsed) throw new Error(`wilayah-kemendagri-2025.csv: malformed code ${row.kode}`);
    return { ...parsed, name: parsed.level === "KABUPATEN" ? normaliseRegionName(row.nama) : row.nama.trim() };
  });
}

export type SeedPuskesmasRow = {
  kab_code: string;
  puskesmas_name_src: string;
  kode_instansi_src: string;
  kec_code: string;
  kec_name: string;
  host_village_code: string;
  kec_basis: string;
};

export function readSeedPuskesmas(): SeedPuskesmasRow[] {
  return readCsv<SeedPuskesmasRow>("seed-districts-puskesmas.csv");
}
