/** The aliases field: names separated by commas, blanks dropped. */
export function splitAliases(text: string): string[] {
  return text
    .split(",")
    .map((alias) => alias.trim())
    .filter(Boolean);
}
