/** What an import file may be: stated on the import page and enforced before parsing. */
export const IMPORT_LIMITS = {
  maxBytes: 10 * 1024 * 1024,
  maxRows: 100_000,
  /** The longest cell any column takes (the longest form field is 2,000 characters). */
  maxCellChars: 2_000,
} as const;

export const IMPORT_MAX_MEGABYTES = IMPORT_LIMITS.maxBytes / (1024 * 1024);
