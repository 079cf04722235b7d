// The destination page's filters and sort orders, read from the URL (so they work without JS).
import { z } from "zod";
import { pricePerGb, type Plan } from "./plans";
import { unlimitedTier } from "./unlimited-tiers";

// The choices; their words are in the Filters messages.
export const DATA_OPTIONS = [
  "all",
  "upto3",
  "5to10",
  "20plus",
  "unlimited",
  "unlimitedLite",
  "unlimitedEssential",
  "unlimitedPlus",
] as const;
const TIER_OPTIONS = { unlimitedLite: "lite", unlimitedEssential: "essential", unlimitedPlus: "plus" } as const;
export const DAYS_OPTIONS = ["all", "upto7", "8to15", "16to30", "31plus"] as const;
export const SORT_OPTIONS = ["price", "pergb", "data"] as const;

export const filtersSchema = z.object({
  data: z.enum(DATA_OPTIONS).catch("all"),
  days: z.enum(DAYS_OPTIONS).catch("all"),
  sort: z.enum(SORT_OPTIONS).catch("price"),
});
export type PlanFilters = z.infer<typeof filtersSchema>;

const GB = 1000;

function matchesData(p: Plan, data: PlanFilters["data"]) {
  if (data === "all") return true;
  if (data === "unlimited") return p.unlimited;
  if (data in TIER_OPTIONS) return unlimitedTier(p)?.name === TIER_OPTIONS[data as keyof typeof TIER_OPTIONS];
  if (p.unlimited) return false;
  return data === "upto3" ? p.dataMb <= 3 * GB : data === "5to10" ? p.dataMb >= 5 * GB && p.dataMb <= 10 * GB : p.dataMb >= 20 * GB;
}

function matchesDays(p: Plan, days: PlanFilters["days"]) {
  const d = p.durationDays;
  return (
    days === "all" || (days === "upto7" ? d <= 7 : days === "8to15" ? d >= 8 && d <= 15 : days === "16to30" ? d >= 16 && d <= 30 : d > 30)
  );
}

export function applyFilters(plans: Plan[], f: PlanFilters): Plan[] {
  const kept = plans.filter((p) => matchesData(p, f.data) && matchesDays(p, f.days));
  const perGb = (p: Plan) => pricePerGb(p) ?? Number.POSITIVE_INFINITY; // unlimited last when comparing per GB
  const dataOf = (p: Plan) => (p.unlimited ? Number.POSITIVE_INFINITY : p.dataMb);
  const order = {
    price: (a: Plan, b: Plan) => a.retailMinor - b.retailMinor,
    pergb: (a: Plan, b: Plan) => perGb(a) - perGb(b) || a.retailMinor - b.retailMinor,
    data: (a: Plan, b: Plan) => dataOf(b) - dataOf(a) || a.retailMinor - b.retailMinor,
  }[f.sort];
  return [...kept].sort(order);
}
