import { describe, expect, it } from "vitest";
import { checkEvidence, sniffEvidenceType } from "@/lib/facilities/evidence";
import { EVIDENCE_MAX_BYTES } from "@/lib/facilities/evidence-limits";
import { ValidationError } from "@/lib/server/errors";

const bytes = (...values: number[]) => new Uint8Array(values);
const text = (value: string) => new TextEncoder().encode(value);

describe("evidence files", () => {
  it("recognises PDF, PNG, JPEG and WebP by their content", () => {
    expect(sniffEvidenceType(text("%PDF-1.7\n…"))).toBe("application/pdf");
    expect(sniffEvidenceType(bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe("image/png");
    expect(sniffEvidenceType(bytes(0xff, 0xd8, 0xff, 0xe0))).toBe("image/jpeg");
    expect(sniffEvidenceType(text("RIFF\u0000\u0000\u0000\u0000WEBPVP8 "))).toBe("image/webp");
    expect(sniffEvidenceType(text("MZ\u0090 not a document"))).toBeNull();
    expect(sniffEvidenceType(text("<svg onload=alert(1)>"))).toBeNull();
  });

  it("refuses what is empty, too large or of another type, whatever its name", () => {
    const refusal = (name: string, content: Uint8Array) => {
      try {
        checkEvidence(name, content);
      } catch (error) {
        return (error as ValidationError).messageKey;
      }
      return "accepted";
    };
    expect(refusal("sk.pdf", new Uint8Array())).toBe("errors.evidenceEmpty");
    expect(refusal("sk.pdf", text("just text, renamed"))).toBe("errors.evidenceType");
    const huge = new Uint8Array(EVIDENCE_MAX_BYTES + 1);
    huge.set(text("%PDF-"));
    expect(refusal("sk.pdf", huge)).toBe("errors.evidenceTooLarge");
    expect(refusal("SK Kadinkes.pdf", text("%PDF-1.4"))).toBe("accepted");
  });

  it("keeps a safe file name and a content hash", () => {
    const evidence = checkEvidence("../../etc/SK <ILP>.pdf", text("%PDF-1.4"));
    expect(evidence.fileName).toBe(".._.._etc_SK _ILP_.pdf");
    expect(evidence.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
