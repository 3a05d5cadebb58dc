import { zText } from "@/lib/validation/text";

/** Every correction and void (of a stage entry, an activity or a target) says why. */
export const ZReason = zText({ max: 1000, min: 1, multiline: true, requiredKey: "errors.reasonRequired" });

export { CORRECTION_KINDS } from "@/lib/enums";
