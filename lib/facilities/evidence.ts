import crypto from "node:crypto";
import { ValidationError } from "@/lib/server/errors";
import { EVIDENCE_MAX_BYTES } from "./evidence-limits";

export type Evidence = { fileName: string; contentType: string; bytes: Uint8Array; sha256: string };

const startsWith = (bytes: Uint8Array, prefix: number[], offset = 0) =>
  prefix.every((byte, index) => bytes[offset + index] === byte);

/** The real type of a file from its first bytes; a renamed .exe is not a PDF. */
export function sniffEvidenceType(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return "application/pdf"; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return "image/png";
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return "image/jpeg";
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return "image/webp"; // RIFF….WEBP
  return null;
}

/**
 * Checks an uploaded evidence file: at most 5 MB, and a PDF, JPEG, PNG or WebP
 * by its content, whatever its name or declared type says.
 */
export function checkEvidence(fileName: string, bytes: Uint8Array): Evidence {
  if (bytes.byteLength === 0) throw new ValidationError("errors.evidenceEmpty", "evidence");
  if (bytes.byteLength > EVIDENCE_MAX_BYTES)
    throw new ValidationError("errors.evidenceTooLarge", "evidence", { max: "5 MB" });
  const contentType = sniffEvidenceType(bytes);
  if (!contentType) throw new ValidationError("errors.evidenceType", "evidence");
  const safeName = fileName.replace(/[^\p{L}\p{N}._ -]/gu, "_").slice(0, 200) || "bukti";
  return { fileName: safeName, contentType, bytes, sha256: crypto.createHash("sha256").update(bytes).digest("hex") };
}
