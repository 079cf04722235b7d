// The plans an automatic top-up can buy for an eSIM: those of its destination (the country of its
// first plan) that eSIM Go says fit it, in the customer's currency.
import { db } from "@/lib/db";
import { getPlansForCountry } from "@/lib/catalogue/cached";
import type { Plan } from "@/lib/catalogue/plans";
import { compatiblePlans } from "@/lib/esims/compatibility";
import type { Currency } from "@/lib/i18n/locales";
import { requestPrices } from "@/lib/catalogue/price-list";

export async function autoTopUpPlans(iccid: string, currency: Currency): Promise<Plan[]> {
  const first = await db.bundleAssignment.findFirst({
    where: { esim: { iccid } },
    orderBy: { createdAt: "asc" },
    select: { bundleName: true },
  });
  const bundle = first && (await db.bundle.findUnique({ where: { name: first.bundleName }, select: { countries: true } }));
  const iso = bundle?.countries[0];
  if (!iso) return [];
  return (await compatiblePlans(iccid, await getPlansForCountry(iso, await requestPrices(currency)))).plans;
}
