import crypto from "node:crypto";

/**
 * A stable UUID for a seeded row, derived from a readable key such as
 * `region:17.02`, so that seeding twice writes the same ids and changes nothing.
 */
export function seedId(key: string): string {
  const hex = crypto.createHash("sha1").update(`pantau-ilp:${key}`).digest("hex");
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-5${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
