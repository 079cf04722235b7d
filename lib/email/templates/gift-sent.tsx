/** @jsxImportSource @/lib/email/jsx */
// To the buyer of a gift, once it is delivered: who received it. No activation codes: they are
// the recipient's.
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { draft, type EmailDraft } from "../draft";
import type { OrderLinks } from "./activation";
import { Layout } from "../layout";
import { currentBrand } from "@/lib/tenancy/brand";

type Sent = { orderId: string; to: string; locale: Locale; recipientName: string; recipientEmail: string; links: Required<OrderLinks> };

export async function giftSentEmail(g: Sent): Promise<EmailDraft> {
  const t = await translator(g.locale, "Email");
  const brand = await currentBrand();
  const subject = t("giftSentSubject", { name: g.recipientName });
  const body = t("giftSentBody", { name: g.recipientName, email: g.recipientEmail });
  return draft({
    dedupeKey: `gift-sent:${g.orderId}`,
    kind: "gift-sent",
    to: g.to,
    subject,
    html: (
      <Layout title={subject} lang={g.locale} brand={brand} tagline={t("tagline")} width={520}>
        <p>{body}</p>
        <p>
          <a href={g.links.order}>{t("viewOrderShort")}</a>
        </p>
        <p>
          <a href={g.links.receipt}>{t("receiptLink")}</a>
        </p>
      </Layout>
    ),
    text: [body, "", t("yourOrder", { url: g.links.order }), `${t("receiptLink")}: ${g.links.receipt}`],
    orderId: g.orderId,
  });
}
