import type { RegionKind, RegionLevel } from "@/lib/generated/prisma/enums";

const SHAPES: Record<RegionLevel, RegExp> = {
  PROVINSI: /^\d{2}$/,
  KABUPATEN: /^\d{2}\.\d{2}$/,
  KECAMATAN: /^\d{2}\.\d{2}\.\d{2}$/,
  DESA: /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/,
};
const LEVEL_BY_PARTS: RegionLevel[] = ["PROVINSI", "KABUPATEN", "KECAMATAN", "DESA"];

export type ParsedRegionCode = {
  code: string;
  level: RegionLevel;
  kind: RegionKind;
  /** The code of the level above, or null for a province. */
  parentCode: string | null;
  provinceCode: string;
  /** The kabupaten/kota code, or null for a province. */
  districtCode: string | null;
};

/**
 * Reads a Kemendagri region code such as `17.02.11.2009`. Returns null for
 * anything malformed: wrong shape, a zero segment, or a desa code whose first
 * digit is not 1 (kelurahan), 2 (desa) or 3 (desa adat).
 */
export function parseRegionCode(raw: string): ParsedRegionCode | null {
  const code = raw.trim();
  const parts = code.split(".");
  const level = LEVEL_BY_PARTS[parts.length - 1];
  if (!level || !SHAPES[level].test(code)) return null;
  if (parts.some((part) => Number(part) === 0)) return null;

  const kind = kindOf(level, parts);
  if (!kind) return null;
  return {
    code,
    level,
    kind,
    parentCode: parts.length > 1 ? parts.slice(0, -1).join(".") : null,
    provinceCode: parts[0]!,
    districtCode: parts.length > 1 ? parts.slice(0, 2).join(".") : null,
  };
}

function kindOf(level: RegionLevel, parts: string[]): RegionKind | null {
  switch (level) {
    case "PROVINSI":
      return "PROVINSI";
    case "KABUPATEN":
      // Kabupaten run 01–69, kota 71–99.
      return Number(parts[1]) <= 69 ? "KABUPATEN" : "KOTA";
    case "KECAMATAN":
      return "KECAMATAN";
    case "DESA":
      return ({ "1": "KELURAHAN", "2": "DESA", "3": "DESA_ADAT" } as const)[parts[3]![0] as "1" | "2" | "3"] ?? null;
  }
}

/** Tidies a district name: "KAB. REJANG LEBONG" and "Kabupaten Rejang Lebong" read alike. */
export function normaliseRegionName(name: string): string {
  const trimmed = name.trim().replace(/\s+/g, " ");
  const cased = trimmed === trimmed.toUpperCase() ? titleCase(trimmed) : trimmed;
  return cased.replace(/^Kab\.\s*/i, "Kabupaten ");
}

/** "PUSKESMAS SUMBER URIP" → "Puskesmas Sumber Urip". */
export function titleCase(text: string): string {
  return text
    .toLowerCase()
    .replace(/(^|[\s\-(/])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}
