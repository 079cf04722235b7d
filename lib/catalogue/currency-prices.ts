// Every storefront's prices in every currency the store sells in, from each bundle's wholesale
// price and the pricing rules: the wholesale price converted at the stored rate plus the FX buffer,
// then a rule (markup, minimum margin converted too, charm ending: .99-style where the currency has
// cents, a whole ten in yen). The operator's retail rules apply to wholesale (its wholesale
// currency keeps the rule's own price); a reseller's cost rules (set by the operator) to wholesale,
// then its retail rules to that cost, never below it. A currency without a rate is not priced
// (and so not sold) until one arrives.
import { env } from "@/lib/config/env";
import { db } from "@/lib/db";
import type { PricingRule } from "@/lib/generated/prisma/client";
import { CURRENCIES } from "@/lib/i18n/locales";
import { convertMinor, storedRates, type Rates } from "@/lib/money/exchange-rates";
import { minorDigits } from "@/lib/money/minor-units";
import { OPERATOR } from "@/lib/tenancy/context";
import { retailPrice, ruleFor, type PricedBundle } from "./pricing";

type Rule = ReturnType<typeof ruleFor>;
type Wholesale = { minor: number; currency: string };

// A rule applied to a base amount already in `currency` (its minimum margin is in wholesale's).
function applyRule(base: number, currency: string, rule: Rule, wholesaleCurrency: string, rates: Rates): number | null {
  if (currency === wholesaleCurrency) return retailPrice(base, rule);
  const margin = convertMinor(rule.minMarginMinor, wholesaleCurrency, currency, rates);
  if (margin === null) return null;
  const cents = minorDigits(currency) > 0;
  const price = retailPrice(base, {
    markupBps: rule.markupBps,
    minMarginMinor: Math.ceil(margin),
    charmEnding: cents ? rule.charmEnding : null,
  });
  return cents ? price : Math.ceil(price / 10) * 10;
}

// Wholesale in `currency`: converted, plus the buffer that covers rate moves until the next update.
function costBase(currency: string, wholesale: Wholesale, rates: Rates, bufferBps: number): number | null {
  if (currency === wholesale.currency) return wholesale.minor;
  const converted = convertMinor(wholesale.minor, wholesale.currency, currency, rates);
  return converted === null ? null : Math.ceil((converted * (10_000 + bufferBps)) / 10_000);
}

export function priceIn(currency: string, wholesale: Wholesale, rule: Rule, rates: Rates, bufferBps: number): number | null {
  const base = costBase(currency, wholesale, rates, bufferBps);
  return base === null ? null : applyRule(base, currency, rule, wholesale.currency, rates);
}

type Bundle = PricedBundle & { id: string; wholesaleCurrency: string; retailMinor: number | null };
type Row = { id: string; currency: string; retail: number; cost: number | null };
type Rules = Pick<PricingRule, "tenantId" | "tier" | "scope" | "match" | "markupBps" | "minMarginMinor" | "charmEnding" | "active">[];

// One storefront's price list.
export function priceList(tenantId: string, bundles: Bundle[], rules: Rules, rates: Rates, bufferBps: number): Row[] {
  const own = (tier: "retail" | "cost") => rules.filter((r) => r.tenantId === tenantId && r.tier === tier);
  const [retailRules, costRules] = [own("retail"), own("cost")];
  return bundles.flatMap((b) => {
    const wholesale = { minor: b.wholesaleMinor, currency: b.wholesaleCurrency };
    const retailRule = ruleFor(b, retailRules);
    return CURRENCIES.flatMap((currency): Row[] => {
      if (tenantId === OPERATOR) {
        const retail = currency === b.wholesaleCurrency ? b.retailMinor : priceIn(currency, wholesale, retailRule, rates, bufferBps);
        return retail === null ? [] : [{ id: b.id, currency, retail, cost: null }];
      }
      const cost = priceIn(currency, wholesale, ruleFor(b, costRules), rates, bufferBps);
      const retail = cost === null ? null : applyRule(cost, currency, retailRule, b.wholesaleCurrency, rates);
      return cost === null || retail === null ? [] : [{ id: b.id, currency, retail: Math.max(retail, cost), cost }];
    });
  });
}

// One storefront's whole price list in one statement: what is priced is written, what is no
// longer priced (withdrawn, or its currency lost its rate) is not sold. Column arrays rather than
// JSON (a new reseller's list is some 30,000 rows); one writer per storefront at a time, so a rule
// change and a sync never interleave their rows.
async function writePriceList(tenantId: string, rows: Row[]): Promise<void> {
  await db.$transaction([
    db.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${`price-list:${tenantId}`}, 0))`,
    db.$executeRawUnsafe(
      `WITH x AS (SELECT * FROM unnest($2::text[], $3::text[], $4::int[], $5::int[]) AS x(id, currency, retail, cost)),
       gone AS (DELETE FROM "BundlePrice" p WHERE p."tenantId" = $1
                  AND NOT EXISTS (SELECT 1 FROM x WHERE x.id = p."bundleId" AND x.currency = p.currency))
       INSERT INTO "BundlePrice" ("tenantId", "bundleId", currency, "retailMinor", "costMinor", "updatedAt")
       SELECT $1, x.id, x.currency, x.retail, x.cost, now() FROM x
       ON CONFLICT ("tenantId", "bundleId", currency) DO UPDATE
         SET "retailMinor" = EXCLUDED."retailMinor", "costMinor" = EXCLUDED."costMinor", "updatedAt" = now()
       WHERE ("BundlePrice"."retailMinor", "BundlePrice"."costMinor") IS DISTINCT FROM (EXCLUDED."retailMinor", EXCLUDED."costMinor")`,
      tenantId,
      rows.map((r) => r.id),
      rows.map((r) => r.currency),
      rows.map((r) => r.retail),
      rows.map((r) => r.cost),
    ),
  ]);
}

// Every sellable bundle, every currency, every storefront (or only one: a reseller's rule change).
// Returns how many of the operator's prices there are (or the one storefront's).
export async function repriceCurrencies(onlyTenantId?: string): Promise<number> {
  const [rates, rules, bundles, tenants] = await Promise.all([
    storedRates(),
    db.pricingRule.findMany(),
    db.bundle.findMany({
      where: { active: true, retailMinor: { not: null } },
      select: {
        id: true,
        name: true,
        countries: true,
        region: true,
        groups: true,
        wholesaleMinor: true,
        wholesaleCurrency: true,
        retailMinor: true,
      },
    }),
    db.tenant.findMany({ where: onlyTenantId ? { id: onlyTenantId } : {}, select: { id: true } }),
  ]);
  const buffer = env().FX_BUFFER_BPS;
  let priced = 0;
  for (const { id } of tenants) {
    const rows = priceList(id, bundles, rules, rates, buffer);
    await writePriceList(id, rows);
    if (id === (onlyTenantId ?? OPERATOR)) priced = rows.length;
  }
  return priced;
}
