// Plans a storefront sells: active, enabled bundles priced in its price list for the shopper's
// currency, as plain data (safe to cache).
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

const sellable = { active: true, enabled: true, retailMinor: { not: null } } satisfies Prisma.BundleWhereInput;
const fields = {
  id: true,
  name: true,
  scope: true,
  countries: true,
  roamingCountries: true,
  region: true,
  groups: true,
  dataMb: true,
  durationDays: true,
  unlimited: true,
  speeds: true,
} as const;

export type Plan = Prisma.BundleGetPayload<{ select: typeof fields }> & { retailMinor: number; retailCurrency: string };
// Whose prices, in which currency: each storefront (tenant) has its own.
export type PriceList = { tenantId: string; currency: string };

const withPrice = ({ tenantId, currency }: PriceList) => ({
  ...fields,
  prices: { where: { tenantId, currency }, select: { retailMinor: true } },
});

// The bundle with its price in that currency, or nothing when it is not sold in it.
function priced<B extends { prices: Array<{ retailMinor: number }> }>(bundle: B, currency: string) {
  const [price] = bundle.prices;
  if (!price) return [];
  const { prices: _prices, ...plan } = bundle;
  return [{ ...plan, retailMinor: price.retailMinor, retailCurrency: currency }];
}

const RANK = { country: 0, regional: 1, global: 2 } as const;

// Every plan usable in a country: its own plans, then regional and global plans covering it
// (as a base country or through a roaming partner).
export async function plansForCountry(iso: string, list: PriceList): Promise<Plan[]> {
  const code = iso.toUpperCase();
  const bundles = await db.bundle.findMany({
    where: { ...sellable, OR: [{ countries: { has: code } }, { roamingCountries: { has: code } }] },
    select: withPrice(list),
  });
  const plans = bundles.flatMap((b) => priced(b, list.currency)) as Plan[];
  return plans.sort((a, b) => RANK[a.scope] - RANK[b.scope] || a.retailMinor - b.retailMinor);
}

export async function planByName(name: string, list: PriceList): Promise<Plan | null> {
  if (!/^[A-Za-z0-9_]{3,100}$/.test(name)) return null;
  const bundle = await db.bundle.findFirst({ where: { name, ...sellable }, select: withPrice(list) });
  return ((bundle && priced(bundle, list.currency)[0]) ?? null) as Plan | null;
}

export async function allPlanNames(): Promise<string[]> {
  return (await db.bundle.findMany({ where: sellable, select: { name: true }, orderBy: { name: "asc" } })).map((b) => b.name);
}

// Price per GB in minor units; null for unlimited plans.
export function pricePerGb(plan: Pick<Plan, "retailMinor" | "dataMb" | "unlimited">): number | null {
  return plan.unlimited || plan.dataMb === 0 ? null : Math.round((plan.retailMinor * 1000) / plan.dataMb);
}
