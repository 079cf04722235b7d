/** @jsxImportSource @/lib/email/jsx */
// The magic sign-in link, in the language of the page the customer asked from.
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { draft, type EmailDraft } from "../draft";
import { Button, Layout, Small } from "../layout";
import { currentBrand } from "@/lib/tenancy/brand";

export async function signInEmail(to: string, url: string, locale: Locale): Promise<EmailDraft> {
  const t = await translator(locale, "Email");
  const brand = await currentBrand();
  const title = t("signInSubject", { brand: brand.name });
  return draft({
    kind: "sign-in",
    to,
    subject: title,
    html: (
      <Layout title={title} lang={locale} brand={brand} tagline={t("tagline")} width={480}>
        <p>{t("signInText")}</p>
        <p>
          <Button href={url} color={brand.color}>
            {t("signInButton")}
          </Button>
        </p>
        <Small>{t("signInIgnore")}</Small>
      </Layout>
    ),
    text: [`${title}: ${url}`, "", t("signInText"), t("signInIgnore")],
  });
}
