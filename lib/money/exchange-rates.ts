// Exchange rates in the ECB's terms: how much of each currency one euro buys. Read from the
// ECB's daily reference file (or any source in its format), stored, and used to price the
// catalogue in every currency the store sells in.
import { db } from "@/lib/db";
import { minorDigits } from "./minor-units";

export type Rates = Map<string, number>; // currency → per euro (EUR itself is 1)

// <Cube time='2026-12-02'><Cube currency='USD' rate='1.0512'/>…</Cube> (either quote style).
export function parseEcbRates(xml: string): { publishedOn: string; rates: Rates } | null {
  const day = /<Cube\s+time=["'](\d{4}-\d{2}-\d{2})["']/.exec(xml)?.[1];
  if (!day) return null;
  const rates: Rates = new Map([["EUR", 1]]);
  for (const [, currency, rate] of xml.matchAll(/<Cube\s+currency=["']([A-Z]{3})["']\s+rate=["']([0-9.]+)["']\s*\/>/g)) {
    const value = Number(rate);
    if (Number.isFinite(value) && value > 0) rates.set(currency, value);
  }
  return rates.size > 1 ? { publishedOn: day, rates } : null;
}

export async function storedRates(): Promise<Rates> {
  const rows = await db.exchangeRate.findMany();
  return new Map([["EUR", 1], ...rows.map((r) => [r.currency, r.perEur] as [string, number])]);
}

export async function storeRates(publishedOn: string, rates: Rates): Promise<number> {
  const day = new Date(`${publishedOn}T00:00:00Z`);
  await db.$transaction(
    [...rates].map(([currency, perEur]) =>
      db.exchangeRate.upsert({
        where: { currency },
        create: { currency, perEur, publishedOn: day },
        update: { perEur, publishedOn: day, fetchedAt: new Date() },
      }),
    ),
  );
  return rates.size;
}

// An amount in one currency's minor units, in another's (null: a rate is missing).
export function convertMinor(amountMinor: number, from: string, to: string, rates: Rates): number | null {
  if (from === to) return amountMinor;
  const fromRate = rates.get(from);
  const toRate = rates.get(to);
  if (!fromRate || !toRate) return null;
  const major = amountMinor / 10 ** minorDigits(from);
  return (major / fromRate) * toRate * 10 ** minorDigits(to);
}
