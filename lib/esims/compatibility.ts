// Which plans can top up a given eSIM, as eSIM Go says. Answers are cached for a day per
// (ICCID, bundle); fulfilment checks again before buying.
import { unstable_cache } from "next/cache";
import type { Plan } from "@/lib/catalogue/plans";
import { esimgo } from "@/lib/esimgo";

const isCompatible = unstable_cache(async (iccid: string, bundle: string) => esimgo().isCompatible(iccid, bundle), ["esim-compatible"], {
  revalidate: 86_400,
});

export async function compatiblePlans(iccid: string, plans: Plan[]): Promise<{ plans: Plan[]; unchecked: number }> {
  const answers = await Promise.all(plans.map((p) => isCompatible(iccid, p.name).catch(() => null)));
  return { plans: plans.filter((_, i) => answers[i] === true), unchecked: answers.filter((a) => a === null).length };
}
