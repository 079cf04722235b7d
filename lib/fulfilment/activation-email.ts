// Once an order is fulfilled, email the buyer (or a gift's recipient) everything needed to install
// (queued, sent once).
import { db } from "@/lib/db";
import { planAllowance, planName, planNameInFull } from "@/lib/catalogue/plan-name";
import { currentOrigin } from "@/lib/tenancy/tenants";
import { queueEmail } from "@/lib/email/outbox";
import { giftSentEmail } from "@/lib/email/templates/gift-sent";
import { activationEmail, type ActivationEsim } from "@/lib/email/templates/activation";
import { topupEmail } from "@/lib/email/templates/topup";
import { installData } from "@/lib/esims/install-data";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { planWords } from "@/lib/i18n/translator";
import { orderUrl, receiptUrl } from "@/lib/orders/access-token";

// Returns whether an email was queued. `resend` (a key: one email per key) makes a new email even though one was sent before: staff
// resending, or a gift's buyer resending it to the recipient.
export async function sendActivationEmail(orderId: string, options: { resend?: string } = {}): Promise<boolean> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    include: { lines: { include: { bundle: true, esims: true, assignments: { include: { esim: true } } } } },
  });
  if (!order || order.status !== "fulfilled") return false;
  const locale = isLocale(order.locale) ? order.locale : DEFAULT_LOCALE;
  const links = { order: await orderUrl(order.id, locale), receipt: await receiptUrl(order.id, locale) };
  const words = await planWords(locale);
  const esims: ActivationEsim[] = order.lines.flatMap((line) =>
    line.esims.flatMap((esim) => {
      const data = installData(esim);
      return data
        ? [{ ...data, planName: planName(line.bundle, locale, words), allowance: planAllowance(line.bundle, locale, words) }]
        : [];
    }),
  );
  const topups = order.lines.flatMap((l) =>
    l.assignments.map((a) => ({ planName: planNameInFull(l.bundle, locale, words), iccid: a.esim.iccid })),
  );
  const buyer = { id: order.id, email: order.email, locale };
  if (order.giftRecipientEmail && esims.length > 0) {
    // The codes go to the recipient; the buyer hears that the gift arrived.
    const recipient = { id: order.id, email: order.giftRecipientEmail, locale };
    const gift = { name: order.giftRecipientName ?? "", from: order.email, message: order.giftMessage };
    const draft = await activationEmail(recipient, esims, { order: `${await currentOrigin()}/${locale}/account` }, gift);
    const queued = await queueEmail(options.resend ? { ...draft, dedupeKey: `${draft.dedupeKey}:resent:${options.resend}` } : draft);
    if (!options.resend)
      await queueEmail(
        await giftSentEmail({
          orderId: order.id,
          to: order.email,
          locale,
          recipientName: gift.name,
          recipientEmail: order.giftRecipientEmail,
          links,
        }),
      );
    return queued !== null;
  }
  const draft = esims.length > 0 ? await activationEmail(buyer, esims, links) : await topupEmail(buyer, topups, links);
  return (await queueEmail(options.resend ? { ...draft, dedupeKey: `${draft.dedupeKey}:resent:${options.resend}` } : draft)) !== null;
}
