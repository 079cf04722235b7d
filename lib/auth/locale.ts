// The language a customer's emails are written in: the one they last used to sign in or buy.
import { db } from "@/lib/db";
import type { Locale } from "@/lib/i18n/locales";

export async function rememberLocale(email: string, locale: Locale): Promise<void> {
  await db.user.updateMany({ where: { email: email.toLowerCase(), NOT: { locale } }, data: { locale } });
}
