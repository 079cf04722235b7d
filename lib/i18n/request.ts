// next-intl's per-request configuration: the locale from the [locale] segment (or an explicit
// one, e.g. for an email), and that locale's messages.
import { getRequestConfig } from "next-intl/server";
import { DEFAULT_LOCALE, isLocale } from "./locales";
import { messagesFor } from "./messages";

export default getRequestConfig(async ({ requestLocale, locale: explicit }) => {
  const requested = explicit ?? (await requestLocale);
  const locale = isLocale(requested) ? requested : DEFAULT_LOCALE;
  return { locale, messages: await messagesFor(locale) };
});
