// Language and currency, one form: choosing either goes through /api/preferences, which remembers
// the choice and brings the visitor back to the same page in that language and currency. Works
// without JavaScript (the Apply button); with it, a change applies at once.
import { getTranslations } from "next-intl/server";
import { SubmitOnChange } from "@/components/ui/submit-on-change";
import { CURRENCIES, LOCALE_NAMES, LOCALES, type Currency, type Locale } from "@/lib/i18n/locales";

const SELECT = "h-9 rounded-lg border border-slate-300 bg-white px-2 text-sm";

export async function PreferencesForm({ locale, currency }: { locale: Locale; currency: Currency }) {
  const t = await getTranslations({ locale, namespace: "Shell" });
  return (
    <form action="/api/preferences" method="get" className="flex items-center gap-2">
      <label className="sr-only" htmlFor="pref-locale">
        {t("language")}
      </label>
      <select id="pref-locale" name="locale" defaultValue={locale} className={SELECT}>
        {LOCALES.map((l) => (
          <option key={l} value={l} lang={l}>
            {LOCALE_NAMES[l]}
          </option>
        ))}
      </select>
      <label className="sr-only" htmlFor="pref-currency">
        {t("currency")}
      </label>
      <select id="pref-currency" name="currency" defaultValue={currency} className={SELECT}>
        {CURRENCIES.map((c) => (
          <option key={c} value={c}>
            {c}
          </option>
        ))}
      </select>
      <noscript>
        <button className="h-9 rounded-lg border border-slate-300 px-2 text-sm">{t("apply")}</button>
      </noscript>
      <SubmitOnChange />
    </form>
  );
}
