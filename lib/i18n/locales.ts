// The languages and currencies the store sells in. The locale is the first segment of every
// customer-facing URL (so pages stay cacheable); the currency is chosen by the visitor (a cookie)
// or follows the locale, and proxy.ts rewrites storefront pages to a hidden currency segment.
export const LOCALES = ["en", "de", "fr", "es", "it", "pt", "ja"] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = "en";

export const CURRENCIES = ["USD", "EUR", "GBP", "AUD", "CAD", "JPY"] as const;
export type Currency = (typeof CURRENCIES)[number];

export const LOCALE_CURRENCY: Record<Locale, Currency> = { en: "USD", de: "EUR", fr: "EUR", es: "EUR", it: "EUR", pt: "EUR", ja: "JPY" };

// Names as their speakers write them (for the language switcher).
export const LOCALE_NAMES: Record<Locale, string> = {
  en: "English",
  de: "Deutsch",
  fr: "Français",
  es: "Español",
  it: "Italiano",
  pt: "Português",
  ja: "日本語",
};

export const isLocale = (value: unknown): value is Locale => typeof value === "string" && (LOCALES as readonly string[]).includes(value);
export const isCurrency = (value: unknown): value is Currency =>
  typeof value === "string" && (CURRENCIES as readonly string[]).includes(value.toUpperCase());

export const LOCALE_COOKIE = "NEXT_LOCALE";
export const CURRENCY_COOKIE = "currency";

// Accept-Language ("de-CH,de;q=0.9,en;q=0.8") → the best supported locale, or null.
export function negotiateLocale(header: string | null): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(",")
    .map((part) => {
      const [tag, ...params] = part.trim().split(";");
      const q = Number(
        params
          .find((p) => p.trim().startsWith("q="))
          ?.trim()
          .slice(2) ?? 1,
      );
      return { language: tag.trim().toLowerCase().split("-")[0], q: Number.isFinite(q) ? q : 0 };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((r) => r.language).find(isLocale) ?? null;
}

// The language a store URL or path is in ("/de/account" → de), English when it has none.
export function localeOfPath(pathOrUrl: string | null | undefined): Locale {
  if (!pathOrUrl) return DEFAULT_LOCALE;
  let path = pathOrUrl;
  try {
    path = new URL(pathOrUrl, "https://store.invalid").pathname;
  } catch {
    return DEFAULT_LOCALE;
  }
  const first = path.split("/")[1];
  return isLocale(first) ? first : DEFAULT_LOCALE;
}
