/** @jsxImportSource @/lib/email/jsx */
// The answer to a customer's request to remove a plan, in their language.
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { formatMoney } from "@/lib/money/minor-units";
import { draft, type EmailDraft } from "../draft";
import { Layout } from "../layout";
import { currentBrand } from "@/lib/tenancy/brand";

type Decision = { approved: boolean; amount: [number, string]; outcome: { message: string; params?: Record<string, string | number> } };

export async function moderationEmail(to: string, locale: Locale, d: Decision): Promise<EmailDraft> {
  const [t, removal] = await Promise.all([translator(locale, "Email"), translator(locale, "Removal")]);
  const brand = await currentBrand();
  const subject = t(d.approved ? "approvedSubject" : "declinedSubject");
  const message = t("decision", {
    amount: formatMoney(d.amount[0], d.amount[1], locale),
    outcome: removal(d.outcome.message as "declined", d.outcome.params),
  });
  return draft({
    kind: "moderation-decision",
    to,
    subject,
    html: (
      <Layout title={subject} lang={locale} brand={brand} tagline={t("tagline")} width={520}>
        <p>{message}</p>
      </Layout>
    ),
    text: [message],
  });
}
