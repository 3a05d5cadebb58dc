// Tile-map positions [column, row], roughly west→east and north→south, so the
// map needs no tiles or shapes from the internet. A place without a position
// (a province without a layout, or a new region) is placed after the others.

const NATIONAL: Record<string, [number, number]> = {
  "11": [0, 0],
  "12": [1, 1],
  "13": [1, 2],
  "14": [2, 2],
  "21": [3, 2],
  "15": [2, 3],
  "17": [1, 3],
  "16": [2, 4],
  "19": [3, 4],
  "18": [2, 5],
  "36": [3, 6],
  "31": [4, 5],
  "32": [4, 6],
  "33": [5, 6],
  "34": [5, 7],
  "35": [6, 6],
  "51": [7, 6],
  "52": [8, 6],
  "53": [9, 6],
  "61": [5, 2],
  "65": [7, 1],
  "64": [7, 2],
  "62": [6, 3],
  "63": [7, 4],
  "75": [9, 1],
  "71": [10, 1],
  "72": [9, 2],
  "76": [8, 3],
  "73": [9, 3],
  "74": [10, 4],
  "82": [11, 1],
  "81": [11, 3],
  "96": [12, 1],
  "92": [12, 2],
  "91": [13, 2],
  "94": [13, 3],
  "95": [14, 3],
  "93": [14, 4],
};

const BY_PROVINCE: Record<string, Record<string, [number, number]>> = {
  "17": {
    "17.06": [0, 0],
    "17.03": [1, 1],
    "17.07": [2, 1],
    "17.09": [1, 2],
    "17.02": [2, 2],
    "17.71": [1, 3],
    "17.08": [2, 3],
    "17.05": [2, 4],
    "17.01": [3, 5],
    "17.04": [4, 6],
  },
};

export type Tile = { code: string; column: number; row: number };

/** Positions for `codes`: the known layout of the place, others in code order on rows after it. */
export function tileLayout(
  provinceCode: string | null,
  codes: string[],
): { tiles: Tile[]; columns: number; rows: number } {
  const known = provinceCode === null ? NATIONAL : (BY_PROVINCE[provinceCode] ?? {});
  const placed = codes
    .filter((code) => known[code])
    .map((code) => ({ code, column: known[code]![0], row: known[code]![1] }));
  const rest = codes.filter((code) => !known[code]).sort();
  const columns = Math.max(
    placed.length ? Math.max(...placed.map((tile) => tile.column)) + 1 : 0,
    Math.min(8, Math.ceil(Math.sqrt(rest.length * 1.6))),
  );
  const firstFreeRow = placed.length ? Math.max(...placed.map((tile) => tile.row)) + 1 : 0;
  const tiles = [
    ...placed,
    ...rest.map((code, index) => ({ code, column: index % columns, row: firstFreeRow + Math.floor(index / columns) })),
  ];
  return { tiles, columns, rows: tiles.length ? Math.max(...tiles.map((tile) => tile.row)) + 1 : 0 };
}
