// The destination search index: every country the store sells, with its names and aliases.
import { countryByIso } from "@/lib/catalogue/countries";
import { searchEntry, type SearchEntry } from "@/lib/catalogue/destination-search";
import type { Destination } from "./destinations";

export function searchIndex(destinations: Destination[]): SearchEntry[] {
  return destinations.map((d) => searchEntry(countryByIso(d.iso) ?? { iso: d.iso, name: d.name, aliases: [] }));
}
