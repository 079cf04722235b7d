// Destinations a storefront can sell right now in a currency (its price list): countries with at least one active,
// enabled single-country plan priced in it, with the lowest price; plus regional and global plan
// summaries.
import { db } from "@/lib/db";
import type { PriceList } from "./plans";

export type Destination = {
  iso: string;
  name: string;
  region: string;
  featured: boolean;
  fromMinor: number;
  currency: string;
  plans: number;
};

export async function listDestinations({ tenantId, currency }: PriceList): Promise<Destination[]> {
  const rows = await db.$queryRaw<
    Array<{ iso: string; name: string; region: string; featured: boolean; from_minor: number; currency: string; plans: bigint }>
  >`
    SELECT c.iso, c.name, c.region, c.featured, MIN(p."retailMinor") AS from_minor, p.currency, COUNT(*) AS plans
    FROM "Bundle" b JOIN "Country" c ON c.iso = b.countries[1] JOIN "BundlePrice" p ON p."bundleId" = b.id AND p.currency = ${currency} AND p."tenantId" = ${tenantId}
    WHERE b.scope = 'country' AND b.active AND b.enabled AND b."retailMinor" IS NOT NULL
    GROUP BY c.iso, c.name, c.region, c.featured, p.currency
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

export async function listAreaPlans({ tenantId, currency }: PriceList): Promise<AreaPlans[]> {
  const rows = await db.$queryRaw<
    Array<{ area: string; scope: "regional" | "global"; from_minor: number; currency: string; plans: bigint; countries: number }>
  >`
    SELECT b.region AS area, b.scope::text AS scope, MIN(p."retailMinor") AS from_minor, p.currency, COUNT(*) AS plans,
           MAX(cardinality(b.countries) + cardinality(b."roamingCountries")) AS countries
    FROM "Bundle" b JOIN "BundlePrice" p ON p."bundleId" = b.id AND p.currency = ${currency} AND p."tenantId" = ${tenantId}
    WHERE b.scope IN ('regional', 'global') AND b.active AND b.enabled AND b."retailMinor" IS NOT NULL AND b.region IS NOT NULL
    GROUP BY b.region, b.scope, p.currency
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
