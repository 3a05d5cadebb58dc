import "server-only";
import { cookies } from "next/headers";
import { createTranslator } from "next-intl";
import en from "@/messages/en.json";
import id from "@/messages/id.json";
import { DEFAULT_LOCALE, isLocale, LOCALE_COOKIE } from "./locales";

/** The language the user picked, for route handlers. */
export async function routeLocale(): Promise<string> {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  return isLocale(chosen) ? chosen : DEFAULT_LOCALE;
}

/** A translator for route handlers (file exports), in the language the user picked. */
export async function routeTranslator() {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(chosen) ? chosen : DEFAULT_LOCALE;
  return createTranslator({ locale, messages: locale === "en" ? en : id });
}
