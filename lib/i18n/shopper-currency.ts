// The currency a signed-in page shows prices in: the one the shopper chose (cookie), or their
// language's. Per-request pages only; the storefront gets it from its URL segment.
import { cookies } from "next/headers";
import { CURRENCY_COOKIE, isCurrency, LOCALE_CURRENCY, type Currency, type Locale } from "./locales";

export async function shopperCurrency(locale: Locale): Promise<Currency> {
  const chosen = (await cookies()).get(CURRENCY_COOKIE)?.value;
  return isCurrency(chosen) ? (chosen.toUpperCase() as Currency) : LOCALE_CURRENCY[locale];
}
