// Retail price of a bundle from the pricing rules: the most specific active rule wins
// (bundle > country > region > group > default); markup on wholesale, a minimum margin, charm
// rounding (e.g. up to .99); never below wholesale.
import type { PricingRule } from "@/lib/generated/prisma/client";

export type PricedBundle = { name: string; countries: string[]; region: string | null; groups: string[]; wholesaleMinor: number };

// The operator's own rules (the pricing page's); resellers' are theirs (lib/catalogue/currency-prices.ts).
export const OPERATOR_RETAIL = { tenantId: "operator", tier: "retail" } as const;

export const DEFAULT_RULE = { markupBps: 3500, minMarginMinor: 50, charmEnding: 99 as number | null };

type Rule = Pick<PricingRule, "scope" | "match" | "markupBps" | "minMarginMinor" | "charmEnding" | "active">;

export function ruleFor(bundle: PricedBundle, rules: Rule[]) {
  const active = rules.filter((r) => r.active);
  const find = (scope: Rule["scope"], test: (match: string) => boolean) =>
    active.find((r) => r.scope === scope && r.match !== null && test(r.match));
  return (
    find("bundle", (m) => m === bundle.name) ??
    (bundle.countries.length === 1 ? find("country", (m) => m.toUpperCase() === bundle.countries[0]) : undefined) ??
    find("region", (m) => m === bundle.region) ??
    find("group", (m) => bundle.groups.includes(m)) ??
    active.find((r) => r.scope === "default") ??
    DEFAULT_RULE
  );
}

export function retailPrice(
  wholesaleMinor: number,
  rule: { markupBps: number; minMarginMinor: number; charmEnding: number | null },
): number {
  let price = Math.ceil((wholesaleMinor * (10_000 + rule.markupBps)) / 10_000);
  price = Math.max(price, wholesaleMinor + rule.minMarginMinor);
  if (rule.charmEnding !== null && rule.charmEnding >= 0 && rule.charmEnding < 100) {
    const charmed = Math.floor(price / 100) * 100 + rule.charmEnding;
    price = charmed >= price ? charmed : charmed + 100;
  }
  return Math.max(price, wholesaleMinor);
}
