import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { ValidationError } from "@/lib/server/errors";

/** The message a user would read for a ValidationError, in Bahasa Indonesia by default. */
export function messageFor(error: unknown, locale: "id" | "en" = "id"): string {
  if (!(error instanceof ValidationError)) throw error;
  const t = createTranslator({ locale, messages: locale === "id" ? id : en });
  return t(error.messageKey as "errors.required", error.values);
}
