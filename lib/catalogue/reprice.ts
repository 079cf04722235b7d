// Recomputes every bundle's retail price from the pricing rules (after staff change a rule).
import { db } from "@/lib/db";
import { retailPrice, ruleFor } from "./pricing";

export async function repriceAll(storeCurrency: string): Promise<number> {
  const [rules, bundles] = await Promise.all([
    db.pricingRule.findMany(),
    db.bundle.findMany({
      where: { wholesaleCurrency: storeCurrency },
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
  return changed.length;
}
