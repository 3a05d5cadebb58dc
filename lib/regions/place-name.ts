/** "Kabupaten Rejang Lebong" / "KAB. REJANG LEBONG" / "Kota Bengkulu" → the place a letter is signed at ("Rejang Lebong"). */
export function placeOf(districtName: string): string {
  return districtName.replace(/^(kabupaten|kab\.|kota)\s+/i, "").trim();
}
