import { describe, expect, it } from "vitest";
import { applyMapping, parseMappingField } from "@/lib/imports/mapping";
import { FileRejected } from "@/lib/imports/read-table";

const def = { columns: { kode: "code", nama: "name", catatan: "note" } };
const header = ["id_wilayah", "label", "nama", "keterangan"];

function refusal(run: () => unknown): { key: string; values: Record<string, string | number> } {
  try {
    run();
  } catch (error) {
    if (error instanceof FileRejected) return { key: error.messageKey, values: error.values };
    throw error;
  }
  throw new Error("not refused");
}

describe("the column mapping", () => {
  it("reads the form field: absent or empty is no mapping; malformed JSON, arrays and control characters are refused", () => {
    expect(parseMappingField(null)).toBeNull();
    expect(parseMappingField("")).toBeNull();
    expect(parseMappingField("{}")).toBeNull();
    expect(parseMappingField('{"kode":"id_wilayah"}')).toEqual({ kode: "id_wilayah" });
    for (const raw of ["{kode", "[1]", '{"kode":""}', '{"kode":"a\\u0000b"}', '{"kode":1}', new Blob(["x"])])
      expect(refusal(() => parseMappingField(raw)).key, String(raw)).toBe("imports.mapping.invalid");
    expect(refusal(() => parseMappingField(`{"kode":"${"x".repeat(101)}"}`)).key).toBe("imports.mapping.invalid");
  });

  it("overrides what the names matched, and refuses unknown columns and headers and a header used twice", () => {
    const matched = new Map([["nama", "nama"]]);
    expect([...applyMapping(def, matched, { kode: "id_wilayah" }, header)]).toEqual([
      ["nama", "nama"],
      ["kode", "id_wilayah"],
    ]);
    expect([...applyMapping(def, matched, { nama: "label" }, header)]).toEqual([["nama", "label"]]);
    expect(refusal(() => applyMapping(def, matched, { induk: "label" }, header))).toEqual({
      key: "imports.mapping.unknownColumn",
      values: { column: "induk" },
    });
    expect(refusal(() => applyMapping(def, matched, { kode: "kode_desa" }, header))).toEqual({
      key: "imports.mapping.unknownHeader",
      values: { header: "kode_desa" },
    });
    expect(refusal(() => applyMapping(def, matched, { kode: "nama" }, header))).toEqual({
      key: "imports.mapping.duplicate",
      values: { header: "nama", columns: "nama, kode" },
    });
  });
});
