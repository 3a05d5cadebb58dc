import { z } from "zod";

/** Every correction and void says why. */
export const ZReason = z
  .string({ error: "errors.reasonRequired" })
  .trim()
  .min(1, "errors.reasonRequired")
  .max(1000, "errors.tooLong");

export { CORRECTION_KINDS } from "@/lib/enums";
