// Retail prices in every currency the store sells in, from each bundle's wholesale price and its
// pricing rule: the wholesale price converted at the stored rate plus the FX buffer, then the rule
// (markup, minimum margin converted too, charm ending: .99-style where the currency has cents, a
// whole ten in yen), never below the converted wholesale. The wholesale currency keeps the rule's
// own price. A currency without a rate is not priced (and so not sold) until one arrives.
import { env } from "@/lib/config/env";
import { db } from "@/lib/db";
import { CURRENCIES } from "@/lib/i18n/locales";
import { convertMinor, storedRates, type Rates } from "@/lib/money/exchange-rates";
import { minorDigits } from "@/lib/money/minor-units";
import { retailPrice, ruleFor, type PricedBundle } from "./pricing";

type Rule = ReturnType<typeof ruleFor>;

export function priceIn(
  currency: string,
  wholesale: { minor: number; currency: string },
  rule: Rule,
  rates: Rates,
  bufferBps: number,
): number | null {
  if (currency === wholesale.currency) return retailPrice(wholesale.minor, rule);
  const converted = convertMinor(wholesale.minor, wholesale.currency, currency, rates);
  const margin = convertMinor(rule.minMarginMinor, wholesale.currency, currency, rates);
  if (converted === null || margin === null) return null;
  const cost = Math.ceil((converted * (10_000 + bufferBps)) / 10_000);
  const cents = minorDigits(currency) > 0;
  const price = retailPrice(cost, {
    markupBps: rule.markupBps,
    minMarginMinor: Math.ceil(margin),
    charmEnding: cents ? rule.charmEnding : null,
  });
  return cents ? price : Math.ceil(price / 10) * 10;
}

// Every sellable bundle, every currency: one statement writes them all.
export async function repriceCurrencies(): Promise<number> {
  const [rates, rules, bundles] = await Promise.all([
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
  ]);
  const buffer = env().FX_BUFFER_BPS;
  const rows = bundles.flatMap((b: PricedBundle & { id: string; wholesaleCurrency: string; retailMinor: number | null }) => {
    const rule = ruleFor(b, rules);
    return CURRENCIES.flatMap((currency) => {
      const retail =
        currency === b.wholesaleCurrency
          ? b.retailMinor
          : priceIn(currency, { minor: b.wholesaleMinor, currency: b.wholesaleCurrency }, rule, rates, buffer);
      return retail === null ? [] : [{ id: b.id, currency, retail }];
    });
  });
  await db.$transaction([
    db.$executeRawUnsafe(
      `INSERT INTO "BundlePrice" ("bundleId", currency, "retailMinor", "updatedAt")
       SELECT x.id, x.currency, x.retail, now() FROM jsonb_to_recordset($1::jsonb) AS x(id text, currency text, retail int)
       ON CONFLICT ("bundleId", currency) DO UPDATE SET "retailMinor" = EXCLUDED."retailMinor", "updatedAt" = now()
       WHERE "BundlePrice"."retailMinor" <> EXCLUDED."retailMinor"`,
      JSON.stringify(rows),
    ),
    // A bundle no longer priced (withdrawn, or its currency lost its rate) is not sold in it.
    db.$executeRawUnsafe(
      `DELETE FROM "BundlePrice" p WHERE NOT EXISTS (SELECT 1 FROM jsonb_to_recordset($1::jsonb) AS x(id text, currency text)
       WHERE x.id = p."bundleId" AND x.currency = p.currency)`,
      JSON.stringify(rows.map(({ id, currency }) => ({ id, currency }))),
    ),
  ]);
  return rows.length;
}
