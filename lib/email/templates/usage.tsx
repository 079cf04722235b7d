/** @jsxImportSource @/lib/email/jsx */
// Usage and lifecycle emails, each with a one-tap way to top up, in the customer's language.
import { currentOrigin } from "@/lib/tenancy/tenants";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { draft, type EmailDraft } from "../draft";
import { Button, Layout } from "../layout";
import { currentBrand } from "@/lib/tenancy/brand";

const COPY = {
  "usage-80": ["usage80Subject", "usage80Body"],
  "usage-100": ["usage100Subject", "usage100Body"],
  welcome: ["welcomeSubject", "welcomeBody"],
  "deletion-scheduled": ["deletionSubject", "deletionBody"],
} as const;

type Recipient = { to: string; iccid: string; bundleName?: string; dedupeKey: string; locale: Locale };

export async function usageEmail(kind: keyof typeof COPY, p: Recipient): Promise<EmailDraft> {
  const t = await translator(p.locale, "Email");
  const brand = await currentBrand();
  const topUp = `${await currentOrigin()}/${p.locale}/account/esims/${p.iccid}/top-up`;
  const [subjectKey, bodyKey] = COPY[kind];
  const subject = t(subjectKey);
  const body = t(bodyKey, { bundle: p.bundleName ?? "" });
  return draft({
    dedupeKey: p.dedupeKey,
    kind,
    to: p.to,
    subject,
    html: (
      <Layout title={subject} lang={p.locale} brand={brand} tagline={t("tagline")} width={520}>
        <p>{body}</p>
        <p>
          <Button href={topUp} color={brand.color}>
            {t("topUpButton", { iccid: p.iccid })}
          </Button>
        </p>
      </Layout>
    ),
    text: [body, "", t("topUpLink", { iccid: p.iccid, url: topUp })],
  });
}
