// The [locale] segment as a Locale (Next.js types route params as plain strings; the layout has
// already answered 404 for anything else).
import { notFound } from "next/navigation";
import { isLocale, type Locale } from "./locales";

export function localeParam(value: string): Locale {
  return isLocale(value) ? value : notFound();
}
