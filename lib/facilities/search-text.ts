/** What the search box matches for a facility: its name and other spellings, lower-cased. */
export function facilitySearchText(name: string, aliases: readonly string[] = []): string {
  return [name, ...aliases].join(" | ").toLowerCase();
}
