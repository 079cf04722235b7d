// The worker's daily rates refresh: fetch the reference file (FX_RATES_URL: the ECB in production,
// a local copy in the embedded default), store the rates, say how many.
import { env } from "@/lib/config/env";
import { parseEcbRates, storeRates } from "./exchange-rates";

export async function refreshExchangeRates(): Promise<{ publishedOn: string; currencies: number }> {
  const response = await fetch(env().fxRatesUrl, { signal: AbortSignal.timeout(15_000) });
  if (!response.ok) throw new Error(`exchange rates: ${response.status} from ${env().fxRatesUrl}`);
  const parsed = parseEcbRates(await response.text());
  if (!parsed) throw new Error("exchange rates: the answer is not in the ECB's format");
  return { publishedOn: parsed.publishedOn, currencies: await storeRates(parsed.publishedOn, parsed.rates) };
}
