// Header, page, footer: the frame of every customer-facing page.
import type { ReactNode } from "react";
import type { Currency, Locale } from "@/lib/i18n/locales";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

export function StoreFrame({ locale, currency, children }: { locale: Locale; currency: Currency; children: ReactNode }) {
  return (
    <>
      <SiteHeader locale={locale} currency={currency} />
      <main id="main" className="flex-1">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
