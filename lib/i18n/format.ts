// Words and numbers from CLDR (Intl), never hand lists: country names, data amounts, durations,
// dates. One formatter per locale, cached.
import { REGIONS, type Region } from "@/lib/catalogue/countries";
import type { Locale } from "./locales";

const cache = new Map<string, unknown>();
function memo<T>(key: string, make: () => T): T {
  if (!cache.has(key)) cache.set(key, make());
  return cache.get(key) as T;
}

// "Japan", "Japon", "日本"; a code CLDR does not know stays as its English name.
export function countryName(iso: string, locale: Locale, fallback = iso): string {
  const names = memo(`regions:${locale}`, () => new Intl.DisplayNames([locale], { type: "region", fallback: "none" }));
  try {
    return names.of(iso.toUpperCase()) ?? fallback;
  } catch {
    return fallback;
  }
}

// "1 GB", "500 MB" (decimal units, as operators count data).
export function dataAmount(megabytes: number, locale: Locale): string {
  const gb = megabytes >= 1000 && megabytes % 100 === 0;
  const unit = gb ? "gigabyte" : "megabyte";
  const format = memo(`data:${locale}:${unit}`, () => new Intl.NumberFormat(locale, { style: "unit", unit, maximumFractionDigits: 1 }));
  return format.format(gb ? megabytes / 1000 : megabytes);
}

// A connection speed from kbit/s: "512 kb/s", "1.25 Mb/s", as CLDR writes it in that language.
export function speed(kbps: number, locale: Locale): string {
  const mega = kbps >= 1000;
  const unit = mega ? "megabit-per-second" : "kilobit-per-second";
  return memo(`speed:${locale}:${unit}`, () => new Intl.NumberFormat(locale, { style: "unit", unit, maximumFractionDigits: 2 })).format(
    mega ? kbps / 1000 : kbps,
  );
}

// "7 days", "7 Tage", "7 日間"-style long form from CLDR.
export function duration(days: number, locale: Locale): string {
  return memo(`days:${locale}`, () => new Intl.NumberFormat(locale, { style: "unit", unit: "day", unitDisplay: "long" })).format(days);
}

export function dateText(date: Date, locale: Locale, withTime = false): string {
  const options: Intl.DateTimeFormatOptions = withTime
    ? { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }
    : { dateStyle: "medium", timeZone: "UTC" };
  return memo(`date:${locale}:${withTime}`, () => new Intl.DateTimeFormat(locale, options)).format(date);
}

export const isRegion = (value: string | null | undefined): value is Region => (REGIONS as readonly string[]).includes(value ?? "");
