/** @jsxImportSource @/lib/email/jsx */
// An automatic top-up could not be charged: why (the bank wants the customer to confirm, or the
// card was declined), that automatic top-up is paused, and the way to pay for the plan now.
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { draft, type EmailDraft } from "../draft";
import { Button, Layout } from "../layout";
import { currentBrand } from "@/lib/tenancy/brand";

type Failed = {
  orderId: string;
  to: string;
  locale: Locale;
  plan: string;
  iccid: string;
  reason: "authentication_required" | "declined";
  payUrl: string;
};

export async function autoTopUpFailedEmail(f: Failed): Promise<EmailDraft> {
  const t = await translator(f.locale, "Email");
  const brand = await currentBrand();
  const subject = t("autoTopUpFailedSubject");
  const body = t(f.reason === "authentication_required" ? "autoTopUpAuthBody" : "autoTopUpDeclinedBody", { plan: f.plan, iccid: f.iccid });
  return draft({
    dedupeKey: `auto-top-up-failed:${f.orderId}`,
    kind: "auto-top-up-failed",
    to: f.to,
    subject,
    html: (
      <Layout title={subject} lang={f.locale} brand={brand} tagline={t("tagline")} width={520}>
        <p>{body}</p>
        <p>
          <Button href={f.payUrl} color={brand.color}>
            {t("autoTopUpPayNow")}
          </Button>
        </p>
      </Layout>
    ),
    text: [body, "", `${t("autoTopUpPayNow")}: ${f.payUrl}`],
    orderId: f.orderId,
  });
}
