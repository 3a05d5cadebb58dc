import { describe, expect, it } from "vitest";
import { tileLabels } from "@/lib/comparison/tile-labels";

describe("tileLabels", () => {
  it("tells the Bengkulu districts apart", () => {
    const names = [
      "Kabupaten Bengkulu Selatan",
      "Kabupaten Bengkulu Utara",
      "Kabupaten Bengkulu Tengah",
      "Kota Bengkulu",
      "Kabupaten Rejang Lebong",
      "Kabupaten Kepahiang",
    ];
    const labels = tileLabels(names);
    expect(labels.get("Kabupaten Bengkulu Selatan")).toBe("Bengkulu Sel.");
    expect(labels.get("Kabupaten Bengkulu Utara")).toBe("Bengkulu Utr.");
    expect(labels.get("Kabupaten Rejang Lebong")).toBe("Rejang Lebong");
    expect(labels.get("Kabupaten Kepahiang")).toBe("Kepahiang");
    expect(new Set(labels.values()).size).toBe(names.length);
  });

  it("shortens long province names and keeps them distinct", () => {
    const names = [
      "Nusa Tenggara Barat",
      "Nusa Tenggara Timur",
      "Kalimantan Selatan",
      "Kalimantan Timur",
      "Sulawesi Selatan",
      "Sulawesi Tenggara",
      "Jawa Tengah",
      "Kepulauan Bangka Belitung",
      "Kepulauan Riau",
    ];
    const labels = tileLabels(names);
    expect(labels.get("Nusa Tenggara Barat")).toBe("NTB");
    expect(labels.get("Kalimantan Selatan")).toBe("Kal. Sel.");
    expect(labels.get("Jawa Tengah")).toBe("Jawa Teng.");
    expect(new Set(labels.values()).size).toBe(names.length);
    for (const label of labels.values()) expect(label.length).toBeLessThanOrEqual(14);
  });

  it("falls back to the name when nothing shorter is unique", () => {
    const labels = tileLabels(["Kabupaten Sama", "Kota Sama"]);
    expect(labels.get("Kabupaten Sama")).toBe("Sama");
    expect(labels.get("Kota Sama")).toBe("Kota Sama");
  });
});
