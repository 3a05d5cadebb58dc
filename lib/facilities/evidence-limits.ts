// Shared by the upload form (client) and the server-side check.
export const EVIDENCE_MAX_BYTES = 5 * 1024 * 1024;
export const EVIDENCE_ACCEPT = "application/pdf,image/jpeg,image/png,image/webp";
