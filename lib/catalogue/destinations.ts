// Destinations the store can sell right now: countries with at least one active, enabled, priced
// single-country plan, with the lowest price; plus regional and global plan summaries.
import { db } from "@/lib/db";

export type Destination = {
  iso: string;
  name: string;
  region: string;
  featured: boolean;
  fromMinor: number;
  currency: string;
  plans: number;
};

export async function listDestinations(): Promise<Destination[]> {
  const rows = await db.$queryRaw<
    Array<{ iso: string; name: string; region: string; featured: boolean; from_minor: number; currency: string; plans: bigint }>
  >`
    SELECT c.iso, c.name, c.region, c.featured, MIN(b."retailMinor") AS from_minor, b."retailCurrency" AS currency, COUNT(*) AS plans
    FROM "Bundle" b JOIN "Country" c ON c.iso = b.countries[1]
    WHERE b.scope = 'country' AND b.active AND b.enabled AND b."retailMinor" IS NOT NULL
    GROUP BY c.iso, c.name, c.region, c.featured, b."retailCurrency"
    ORDER BY c.name`;
  return rows.map((r) => ({
    iso: r.iso,
    name: r.name,
    region: r.region,
    featured: r.featured,
    fromMinor: Number(r.from_minor),
    currency: r.currency,
    plans: Number(r.plans),
  }));
}

export type AreaPlans = {
  area: string;
  scope: "regional" | "global";
  fromMinor: number;
  currency: string;
  plans: number;
  countries: number;
};

export async function listAreaPlans(): Promise<AreaPlans[]> {
  const rows = await db.$queryRaw<
    Array<{ area: string; scope: "regional" | "global"; from_minor: number; currency: string; plans: bigint; countries: number }>
  >`
    SELECT b.region AS area, b.scope::text AS scope, MIN(b."retailMinor") AS from_minor, b."retailCurrency" AS currency, COUNT(*) AS plans,
           MAX(cardinality(b.countries) + cardinality(b."roamingCountries")) AS countries
    FROM "Bundle" b
    WHERE b.scope IN ('regional', 'global') AND b.active AND b.enabled AND b."retailMinor" IS NOT NULL AND b.region IS NOT NULL
    GROUP BY b.region, b.scope, b."retailCurrency"
    ORDER BY b.scope DESC, b.region`;
  return rows.map((r) => ({
    area: r.area,
    scope: r.scope,
    fromMinor: Number(r.from_minor),
    currency: r.currency,
    plans: Number(r.plans),
    countries: Number(r.countries),
  }));
}
