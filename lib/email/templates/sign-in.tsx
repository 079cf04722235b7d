/** @jsxImportSource @/lib/email/jsx */
// The magic sign-in link, in the language of the page the customer asked from.
import { BRAND } from "@/lib/config/brand";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { draft, type EmailDraft } from "../draft";
import { Button, Layout, Small } from "../layout";

export async function signInEmail(to: string, url: string, locale: Locale): Promise<EmailDraft> {
  const t = await translator(locale, "Email");
  const title = t("signInSubject", { brand: BRAND.name });
  return draft({
    kind: "sign-in",
    to,
    subject: title,
    html: (
      <Layout title={title} lang={locale} tagline={t("tagline")} width={480}>
        <p>{t("signInText")}</p>
        <p>
          <Button href={url}>{t("signInButton")}</Button>
        </p>
        <Small>{t("signInIgnore")}</Small>
      </Layout>
    ),
    text: [`${title}: ${url}`, "", t("signInText"), t("signInIgnore")],
  });
}
