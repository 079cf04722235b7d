// A page's canonical URL and its hreflang alternates: the same path in every language.
import { DEFAULT_LOCALE, LOCALES, type Locale } from "./locales";

export function alternates(locale: Locale, path: string) {
  return {
    canonical: `/${locale}${path}`,
    languages: { ...Object.fromEntries(LOCALES.map((l) => [l, `/${l}${path}`])), "x-default": `/${DEFAULT_LOCALE}${path}` },
  };
}
