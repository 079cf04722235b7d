// Countries the store knows: ISO2, common name, travel region, flag emoji and search aliases.
// Region names follow the store's grouping (and the eSIM Go sandbox's catalogue).
import worldCountries from "world-countries";

export const REGIONS = ["Europe", "Asia", "Middle East", "Africa", "Americas", "Oceania"] as const;
export type Region = (typeof REGIONS)[number];

export type Country = { iso: string; name: string; region: Region; flag: string; aliases: string[] };

// Western Asia is "Middle East" to a traveller, except the Caucasus and Cyprus.
const EUROPE_OVERRIDES = new Set(["AM", "AZ", "GE", "CY", "TR"]);

function travelRegion(region: string, subregion: string | undefined, iso: string): Region | null {
  if (region === "Antarctic") return null;
  if (EUROPE_OVERRIDES.has(iso)) return "Europe";
  if (subregion === "Western Asia") return "Middle East";
  return region as Region;
}

export const COUNTRIES: Country[] = worldCountries
  .map((c) => {
    const region = travelRegion(c.region, c.subregion, c.cca2);
    if (!region) return null;
    const aliases = [c.name.official, c.cca3, ...c.altSpellings].filter((a) => a && a !== c.name.common);
    return { iso: c.cca2, name: c.name.common, region, flag: c.flag, aliases };
  })
  .filter((c): c is Country => c !== null)
  .sort((a, b) => a.name.localeCompare(b.name));

const byIso = new Map(COUNTRIES.map((c) => [c.iso, c]));

export function countryByIso(iso: string): Country | undefined {
  return byIso.get(iso.toUpperCase());
}
