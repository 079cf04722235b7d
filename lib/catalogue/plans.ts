// Plans the store sells: active, enabled, priced bundles.
import { db } from "@/lib/db";
import type { Bundle, Prisma } from "@/lib/generated/prisma/client";

const sellable = { active: true, enabled: true, retailMinor: { not: null } } satisfies Prisma.BundleWhereInput;

export type Plan = Bundle & { retailMinor: number; retailCurrency: string };

// Every plan usable in a country: its own plans, then regional and global plans covering it
// (as a base country or through a roaming partner).
export async function plansForCountry(iso: string): Promise<Plan[]> {
  const code = iso.toUpperCase();
  const plans = await db.bundle.findMany({
    where: { ...sellable, OR: [{ countries: { has: code } }, { roamingCountries: { has: code } }] },
    orderBy: [{ retailMinor: "asc" }],
  });
  const rank = { country: 0, regional: 1, global: 2 } as const;
  return (plans as Plan[]).sort((a, b) => rank[a.scope] - rank[b.scope] || a.retailMinor - b.retailMinor);
}

export async function planByName(name: string): Promise<Plan | null> {
  if (!/^[A-Za-z0-9_]{3,100}$/.test(name)) return null;
  return (await db.bundle.findFirst({ where: { name, ...sellable } })) as Plan | null;
}
