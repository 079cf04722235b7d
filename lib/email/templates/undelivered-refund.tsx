/** @jsxImportSource @/lib/email/jsx */
// A line refunded because its eSIM never came: what happened and where the money went, in the
// buyer's language. Sent once per line.
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { formatMoney } from "@/lib/money/minor-units";
import { draft, type EmailDraft } from "../draft";
import { Layout } from "../layout";
import { currentBrand } from "@/lib/tenancy/brand";

type Refunded = {
  lineId: string;
  to: string;
  locale: Locale;
  plan: string;
  minutes: number;
  amount: [number, string];
  method: "card" | "credit";
};

export async function undeliveredRefundEmail(r: Refunded): Promise<EmailDraft> {
  const t = await translator(r.locale, "Email");
  const brand = await currentBrand();
  const subject = t("undeliveredSubject");
  const message = t("undeliveredBody", {
    plan: r.plan,
    minutes: r.minutes,
    amount: formatMoney(r.amount[0], r.amount[1], r.locale),
    method: r.method,
  });
  return draft({
    dedupeKey: `undelivered-refund:${r.lineId}`,
    kind: "undelivered-refund",
    to: r.to,
    subject,
    html: (
      <Layout title={subject} lang={r.locale} brand={brand} tagline={t("tagline")} width={520}>
        <p>{message}</p>
      </Layout>
    ),
    text: [message],
  });
}
