// next-intl's routing: every customer-facing path starts with its locale. Links, redirects and
// pathnames built with these helpers keep the visitor's language.
import { createNavigation } from "next-intl/navigation";
import { defineRouting } from "next-intl/routing";
import { DEFAULT_LOCALE, LOCALES } from "./locales";

export const routing = defineRouting({ locales: LOCALES, defaultLocale: DEFAULT_LOCALE, localePrefix: "always", localeCookie: false });

export const { Link, redirect, usePathname, useRouter, getPathname } = createNavigation(routing);
