// The destination search index in one language: every country the store sells, under its name in
// that language, still found by its English name and aliases.
import { countryByIso } from "@/lib/catalogue/countries";
import { searchEntry, type SearchEntry } from "@/lib/catalogue/destination-search";
import { countryName } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import type { Destination } from "./destinations";

export function searchIndex(destinations: Destination[], locale: Locale): SearchEntry[] {
  return destinations.map((d) => {
    const country = countryByIso(d.iso) ?? { iso: d.iso, name: d.name, aliases: [] };
    return searchEntry(country, countryName(d.iso, locale, country.name));
  });
}
