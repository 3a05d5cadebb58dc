/**
 * A regions file of exactly `rows` data rows for a district: kecamatan `.10`
 * upwards, each followed by up to 1,998 kelurahan and desa (codes 1001–1999 and
 * 2001–2999), so every code is a valid Kemendagri code whose parent is in the file.
 */
export function generatedDesaCsv(districtCode: string, rows: number): string {
  const lines = ["kode,nama"];
  let kecamatan = 10;
  while (lines.length - 1 < rows) {
    const kecamatanCode = `${districtCode}.${kecamatan}`;
    lines.push(`${kecamatanCode},Kecamatan Uji ${kecamatan}`);
    for (let serial = 1001; serial <= 2999 && lines.length - 1 < rows; serial++) {
      if (serial === 2000) continue;
      lines.push(`${kecamatanCode}.${serial},${serial < 2000 ? "Kelurahan" : "Desa"} Uji ${kecamatan}-${serial}`);
    }
    kecamatan++;
  }
  return lines.join("\r\n") + "\r\n";
}
