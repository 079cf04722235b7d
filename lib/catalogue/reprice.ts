// Sets the operator's base retail prices from its pricing rules: every bundle (after staff change a rule) or only the
// ones without a price (new, or wholesale changed, after a sync). Bundles priced in another
// currency than the store's need an FX rule: they stay unpriced, so they are not sold.
import { db } from "@/lib/db";
import { repriceCurrencies } from "./currency-prices";
import { OPERATOR_RETAIL, retailPrice, ruleFor } from "./pricing";

async function reprice(storeCurrency: string, onlyUnpriced: boolean): Promise<number> {
  const [rules, bundles] = await Promise.all([
    db.pricingRule.findMany({ where: OPERATOR_RETAIL }),
    db.bundle.findMany({
      where: { wholesaleCurrency: storeCurrency, ...(onlyUnpriced ? { retailMinor: null } : {}) },
      select: { id: true, name: true, countries: true, region: true, groups: true, wholesaleMinor: true, retailMinor: true },
    }),
  ]);
  const changed = bundles
    .map((b) => ({ id: b.id, retail: retailPrice(b.wholesaleMinor, ruleFor(b, rules)), before: b.retailMinor }))
    .filter((b) => b.retail !== b.before);
  if (changed.length === 0) return 0;
  await db.$executeRawUnsafe(
    `UPDATE "Bundle" b SET "retailMinor" = x.retail, "retailCurrency" = $2, "updatedAt" = now()
     FROM jsonb_to_recordset($1::jsonb) AS x(id text, retail int) WHERE b.id = x.id`,
    JSON.stringify(changed.map(({ id, retail }) => ({ id, retail }))),
    storeCurrency,
  );
  await repriceCurrencies(); // every currency follows its base price
  return changed.length;
}

export const repriceAll = (storeCurrency: string) => reprice(storeCurrency, false);
export const priceUnpricedBundles = (storeCurrency: string) => reprice(storeCurrency, true);
