// eSIM Go's "unlimited" bundles are a daily allowance at full speed, then a throttle, by group:
// Lite 1 GB a day then 512 kbps, Essential 1 GB then 1.25 Mbps, Plus 2 GB then 2 Mbps. The store
// says so wherever it sells or describes one (cards, plan page, JSON-LD, emails, filters).
export const UNLIMITED_TIERS = {
  lite: { dailyMb: 1000, throttleKbps: 512 },
  essential: { dailyMb: 1000, throttleKbps: 1250 },
  plus: { dailyMb: 2000, throttleKbps: 2000 },
} as const;
export type UnlimitedTierName = keyof typeof UNLIMITED_TIERS;
export type UnlimitedTier = { name: UnlimitedTierName; dailyMb: number; throttleKbps: number };

// By the bundle's group ("Standard Unlimited Essential"), else its name (esim_ULE_…); an
// unlimited bundle of no known tier is taken as Lite, the most modest promise.
export function unlimitedTier(bundle: { unlimited: boolean; groups: string[]; name: string }): UnlimitedTier | null {
  if (!bundle.unlimited) return null;
  const group = bundle.groups.join(" ").toLowerCase();
  const name: UnlimitedTierName =
    group.includes("unlimited plus") || bundle.name.startsWith("esim_ULP_")
      ? "plus"
      : group.includes("unlimited essential") || bundle.name.startsWith("esim_ULE_")
        ? "essential"
        : "lite";
  return { name, ...UNLIMITED_TIERS[name] };
}
