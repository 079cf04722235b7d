// How a plan is named to a traveller, in their language: "Japan · 1 GB · 7 days",
// "Europa · Unbegrenzt · 30 Tage". Country names, amounts and durations come from CLDR; the words
// for regions and "unlimited" from the store's messages (names: the Catalogue namespace).
import { countryName, dataAmount, duration, speed } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";
import { unlimitedTier } from "./unlimited-tiers";

type PlanLike = {
  scope: "country" | "regional" | "global";
  countries: string[];
  region: string | null;
  dataMb: number;
  unlimited: boolean;
  durationDays: number;
  groups: string[];
  name: string;
};

// The store's own words a plan name needs, already in the reader's language.
export type PlanWords = {
  unlimited: string;
  global: string;
  region: (name: string) => string;
  allowance: (daily: string, speed: string) => string; // "1 GB a day at full speed, then 512 kb/s"
};

const ENGLISH: PlanWords = {
  unlimited: "Unlimited",
  global: "Global",
  region: (name) => name,
  allowance: (daily, slow) => `${daily} a day at full speed, then ${slow}`,
};

export function planArea(b: PlanLike, locale: Locale = "en", words: PlanWords = ENGLISH): string {
  if (b.scope === "country") return countryName(b.countries[0], locale);
  return b.region ? words.region(b.region) : words.global;
}

export function planData(b: PlanLike, locale: Locale = "en", words: PlanWords = ENGLISH): string {
  return b.unlimited ? words.unlimited : dataAmount(b.dataMb, locale);
}

export function planDays(b: PlanLike, locale: Locale = "en"): string {
  return duration(b.durationDays, locale);
}

export function planName(b: PlanLike, locale: Locale = "en", words: PlanWords = ENGLISH): string {
  return `${planArea(b, locale, words)} · ${planData(b, locale, words)} · ${planDays(b, locale)}`;
}

// What "unlimited" means for this plan, in words; null for a plan with a fixed amount of data.
export function planAllowance(b: PlanLike, locale: Locale = "en", words: PlanWords = ENGLISH): string | null {
  const tier = unlimitedTier(b);
  return tier ? words.allowance(dataAmount(tier.dailyMb, locale), speed(tier.throttleKbps, locale)) : null;
}

// Some words about a plan, followed by what "unlimited" means for it when it is unlimited.
function withAllowance(text: string, b: PlanLike, locale: Locale, words: PlanWords): string {
  const allowance = planAllowance(b, locale, words);
  return allowance ? `${text} (${allowance})` : text;
}

// "Unlimited (1 GB a day at full speed, then 512 kb/s)"; "3 GB" for a plan with a fixed amount.
export function planDataInFull(b: PlanLike, locale: Locale = "en", words: PlanWords = ENGLISH): string {
  return withAllowance(planData(b, locale, words), b, locale, words);
}

// "Japan · Unlimited · 7 days (1 GB a day at full speed, then 512 kb/s)".
export function planNameInFull(b: PlanLike, locale: Locale = "en", words: PlanWords = ENGLISH): string {
  return withAllowance(planName(b, locale, words), b, locale, words);
}
