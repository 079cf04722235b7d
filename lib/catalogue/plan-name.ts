// How a plan is named to a traveller: "Japan · 1 GB · 7 days", "Europe · Unlimited · 30 days".
import { countryByIso } from "@/lib/catalogue/countries";

type PlanLike = {
  scope: "country" | "regional" | "global";
  countries: string[];
  region: string | null;
  dataMb: number;
  unlimited: boolean;
  durationDays: number;
};

export function planArea(b: PlanLike): string {
  if (b.scope === "country") return countryByIso(b.countries[0])?.name ?? b.countries[0];
  return b.region ?? "Global";
}

export function planData(b: PlanLike): string {
  if (b.unlimited) return "Unlimited";
  return b.dataMb % 1000 === 0 ? `${b.dataMb / 1000} GB` : `${b.dataMb} MB`;
}

export function planDays(b: PlanLike): string {
  return `${b.durationDays} day${b.durationDays === 1 ? "" : "s"}`;
}

export function planName(b: PlanLike): string {
  return `${planArea(b)} · ${planData(b)} · ${planDays(b)}`;
}
