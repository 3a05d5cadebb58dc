import { describe, expect, it } from "vitest";
import { districtCodeFor, nameKey, placePuskesmas, type NamedRegion } from "@/lib/national-dataset/placement";

const districts = new Map<string, NamedRegion>(
  [
    { code: "17.02", name: "Kabupaten Rejang Lebong" },
    { code: "91.03", name: "Kabupaten Jayapura" },
    { code: "93.01", name: "Kabupaten Merauke" },
    { code: "96.01", name: "Kabupaten Sorong" },
    { code: "96.71", name: "Kota Sorong" },
  ].map((region) => [region.code, region]),
);

describe("districtCodeFor", () => {
  it("adds the dot to a code Kemendagri 2025 still has", () => {
    expect(districtCodeFor("1702", districts)).toBe("17.02");
    expect(districtCodeFor("9103", districts)).toBe("91.03");
  });

  it("finds pre-split Papua districts again by name in their new province", () => {
    expect(districtCodeFor("9101", districts)).toBe("93.01");
    expect(districtCodeFor("9201", districts)).toBe("96.01");
    expect(districtCodeFor("9271", districts)).toBe("96.71");
  });

  it("answers null for a code nobody knows", () => {
    expect(districtCodeFor("9999", districts)).toBeNull();
  });
});

describe("placePuskesmas", () => {
  const kecamatan = [
    { code: "17.02.11", name: "Selupu Rejang" },
    { code: "17.02.06", name: "Kota Padang" },
    { code: "17.02.01", name: "Curup" },
    { code: "17.02.02", name: "Curup Timur" },
  ];
  const desa = [{ code: "17.02.11.2009", name: "Sumber Urip" }];

  it("matches the kecamatan the name equals or starts with, preferring the longest", () => {
    expect(placePuskesmas("Puskesmas Kota Padang", "1", kecamatan, desa)).toEqual({
      kecamatanCode: "17.02.06",
      basis: "kecamatan",
    });
    expect(placePuskesmas("PUSKESMAS CURUP TIMUR", "2", kecamatan, desa)).toEqual({
      kecamatanCode: "17.02.02",
      basis: "kecamatan",
    });
  });

  it("falls back to the kecamatan of a desa with the same name", () => {
    expect(placePuskesmas("Puskesmas Sumber Urip", "3", kecamatan, desa)).toEqual({
      kecamatanCode: "17.02.11",
      basis: "desa",
    });
  });

  it("spreads an unmatched name deterministically and says so", () => {
    const first = placePuskesmas("Puskesmas Nowhere", "1011999", kecamatan, desa);
    expect(first.basis).toBe("spread");
    expect(placePuskesmas("Puskesmas Nowhere", "1011999", [...kecamatan].reverse(), desa)).toEqual(first);
    expect(kecamatan.map((region) => region.code)).toContain(first.kecamatanCode);
  });

  it("compares names without case, punctuation or the puskesmas prefix", () => {
    expect(nameKey("UPT Puskesmas Sumber-Urip")).toBe(nameKey("sumber urip"));
  });
});
