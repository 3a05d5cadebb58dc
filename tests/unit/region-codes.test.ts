import { describe, expect, it } from "vitest";
import { normaliseRegionName, parseRegionCode, titleCase } from "@/lib/regions/codes";

describe("Kemendagri region codes", () => {
  it("reads each level, its parent and its district", () => {
    expect(parseRegionCode("17")).toMatchObject({
      level: "PROVINSI",
      kind: "PROVINSI",
      parentCode: null,
      districtCode: null,
    });
    expect(parseRegionCode("17.02")).toMatchObject({
      level: "KABUPATEN",
      kind: "KABUPATEN",
      parentCode: "17",
      districtCode: "17.02",
    });
    expect(parseRegionCode("17.71")).toMatchObject({ level: "KABUPATEN", kind: "KOTA" });
    expect(parseRegionCode("17.02.11")).toMatchObject({ level: "KECAMATAN", parentCode: "17.02", provinceCode: "17" });
    expect(parseRegionCode("17.02.11.2009")).toMatchObject({
      level: "DESA",
      kind: "DESA",
      parentCode: "17.02.11",
      districtCode: "17.02",
    });
    expect(parseRegionCode("17.02.11.1008")?.kind).toBe("KELURAHAN");
    expect(parseRegionCode("91.01.01.3001")?.kind).toBe("DESA_ADAT");
  });

  it("rejects malformed codes", () => {
    for (const code of [
      "",
      "1",
      "170",
      "17.2",
      "17.02.1",
      "17.02.11.209",
      "17.02.11.4009",
      "00",
      "17.00",
      "17.02.00",
      "17.02.11.0000",
      "17-02",
      "17.02.11.2009.1",
      "ab.cd",
    ]) {
      expect(parseRegionCode(code), code).toBeNull();
    }
  });

  it("tidies names", () => {
    expect(normaliseRegionName("KAB. REJANG LEBONG")).toBe("Kabupaten Rejang Lebong");
    expect(normaliseRegionName("Kabupaten Rejang Lebong")).toBe("Kabupaten Rejang Lebong");
    expect(titleCase("PUSKESMAS SUMBER URIP")).toBe("Puskesmas Sumber Urip");
    expect(titleCase("PUSKESMAS BELANGIN 3")).toBe("Puskesmas Belangin 3");
  });
});
