import crypto from "node:crypto";

// The Komdat puskesmas list predates the 2022 Papua split: it still files 26
// kabupaten under their old Papua (91.xx) and Papua Barat (92.xx) codes, which
// Kemendagri 2025 moved to four new provinces (93–96). Their old names, to be
// found again by name in the 2025 list.
const OLD_PAPUA_DISTRICTS: Record<string, string> = {
  "91.01": "Merauke",
  "91.02": "Jayawijaya",
  "91.04": "Nabire",
  "91.07": "Puncak Jaya",
  "91.08": "Paniai",
  "91.09": "Mimika",
  "91.12": "Pegunungan Bintang",
  "91.13": "Yahukimo",
  "91.14": "Tolikara",
  "91.16": "Boven Digoel",
  "91.17": "Mappi",
  "91.18": "Asmat",
  "91.21": "Mamberamo Tengah",
  "91.22": "Yalimo",
  "91.23": "Lanny Jaya",
  "91.24": "Nduga",
  "91.25": "Puncak",
  "91.26": "Dogiyai",
  "91.27": "Intan Jaya",
  "91.28": "Deiyai",
  "92.01": "Sorong",
  "92.04": "Sorong Selatan",
  "92.05": "Raja Ampat",
  "92.09": "Tambrauw",
  "92.10": "Maybrat",
  "92.71": "Kota Sorong",
};

export type NamedRegion = { code: string; name: string };

/** Upper-case letters and digits only, without the "PUSKESMAS" / "KABUPATEN" words: what name matching compares. */
export function nameKey(name: string): string {
  return name
    .toUpperCase()
    .replace(/\b(UPTD|UPT|PUSKESMAS|PKM|KABUPATEN|KAB\.?|KOTA ADM\.?)\b/g, " ")
    .replace(/[^A-Z0-9]/g, "");
}

/**
 * The Kemendagri 2025 district code for a Komdat `kode_kab` such as "1702",
 * mapping pre-split Papua codes by name. Null when no district answers.
 */
export function districtCodeFor(kodeKab: string, districts: ReadonlyMap<string, NamedRegion>): string | null {
  const dotted = `${kodeKab.slice(0, 2)}.${kodeKab.slice(2)}`;
  if (districts.has(dotted)) return dotted;
  const oldName = OLD_PAPUA_DISTRICTS[dotted];
  if (!oldName) return null;
  const wantKota = oldName.startsWith("Kota ");
  const key = nameKey(oldName);
  for (const district of districts.values()) {
    const isKota = Number(district.code.slice(3)) >= 71;
    if (
      isKota === wantKota &&
      nameKey(district.name) === key &&
      !district.code.startsWith("91.") &&
      !district.code.startsWith("92.")
    )
      return district.code;
  }
  return null;
}

export type Placement = { kecamatanCode: string; basis: "kecamatan" | "desa" | "spread" };

/**
 * Which kecamatan of its district a puskesmas sits in: a kecamatan whose name
 * the puskesmas' name equals or starts with (longest wins), else the kecamatan
 * of a desa with that name, else one picked deterministically from the code
 * (flagged "spread" – nothing in the name says where it is).
 */
export function placePuskesmas(
  puskesmasName: string,
  code: string,
  kecamatan: readonly NamedRegion[],
  desa: readonly NamedRegion[],
): Placement {
  if (kecamatan.length === 0) throw new Error(`no kecamatan to place puskesmas ${code} in`);
  const key = nameKey(puskesmasName);
  const byKecamatan = kecamatan
    .map((region) => ({ region, regionKey: nameKey(region.name) }))
    .filter(({ regionKey }) => regionKey.length > 0 && (key === regionKey || key.startsWith(regionKey)))
    .sort((a, b) => b.regionKey.length - a.regionKey.length)[0];
  if (byKecamatan) return { kecamatanCode: byKecamatan.region.code, basis: "kecamatan" };
  const byDesa = desa.find((region) => nameKey(region.name) === key);
  if (byDesa) return { kecamatanCode: byDesa.code.split(".").slice(0, 3).join("."), basis: "desa" };
  const sorted = [...kecamatan].sort((a, b) => a.code.localeCompare(b.code));
  return { kecamatanCode: sorted[stableIndex(code, sorted.length)]!.code, basis: "spread" };
}

function stableIndex(key: string, size: number): number {
  return crypto.createHash("md5").update(key).digest().readUInt32BE(0) % size;
}
