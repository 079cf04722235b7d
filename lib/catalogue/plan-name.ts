// How a plan is named to a traveller, in their language: "Japan · 1 GB · 7 days",
// "Europa · Unbegrenzt · 30 Tage". Country names, amounts and durations come from CLDR; the words
// for regions and "unlimited" from the store's messages (names: the Catalogue namespace).
import { countryName, dataAmount, duration } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

type PlanLike = {
  scope: "country" | "regional" | "global";
  countries: string[];
  region: string | null;
  dataMb: number;
  unlimited: boolean;
  durationDays: number;
};

// The store's own words a plan name needs, already in the reader's language.
export type PlanWords = { unlimited: string; global: string; region: (name: string) => string };

const ENGLISH: PlanWords = { unlimited: "Unlimited", global: "Global", region: (name) => name };

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
