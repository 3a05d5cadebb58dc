// Short labels for the tile map's small tiles that still tell places apart:
// "Bengkulu Selatan", "Bengkulu Utara" and "Bengkulu Tengah" must not all read
// "Bengkul…". The full name stays in each tile's title and accessible name.

const PREFIX = /^(Kabupaten|Kab\.|Provinsi|Prov\.)\s+/i;
const COMPASS: Record<string, string> = {
  Utara: "Utr.",
  Selatan: "Sel.",
  Timur: "Tim.",
  Barat: "Bar.",
  Tengah: "Teng.",
  Tenggara: "Tgr.",
  Daya: "Daya",
};
const MAX_WORD = 8;

function cut(word: string, letters: number): string {
  return word.length <= letters ? word : `${word.slice(0, letters)}.`;
}

/** A label at a level of detail: 0 is the shortest; higher levels keep more letters. */
function labelAt(name: string, level: number): string {
  const words = name.replace(PREFIX, "").trim().split(/\s+/);
  if (words.length === 1) return cut(words[0]!, MAX_WORD + 2 + level * 2);
  if (words.length >= 3 && level === 0) return words.map((word) => word[0]!.toUpperCase()).join("");
  return words
    .map((word, index) => {
      if (index > 0 && COMPASS[word] && level < 2) return COMPASS[word];
      if (word.length <= MAX_WORD || level >= 3) return word;
      return cut(word, index === 0 && level === 0 ? 3 : MAX_WORD - 2 + level * 2);
    })
    .join(" ");
}

/** name → short label, every label different from the others (falling back to more letters, then the name). */
export function tileLabels(names: string[]): Map<string, string> {
  const labels = new Map<string, string>();
  for (const name of names) {
    let label = name;
    for (let level = 0; level <= 3; level++) {
      const candidate = labelAt(name, level);
      const clashes = names.some((other) => other !== name && labelAt(other, level) === candidate);
      if (!clashes) {
        label = candidate;
        break;
      }
    }
    labels.set(name, label);
  }
  return labels;
}
