// Once an order is fulfilled, email the buyer everything needed to install (queued, sent once).
import { db } from "@/lib/db";
import { planAllowance, planName, planNameInFull } from "@/lib/catalogue/plan-name";
import { queueEmail } from "@/lib/email/outbox";
import { activationEmail, type ActivationEsim } from "@/lib/email/templates/activation";
import { topupEmail } from "@/lib/email/templates/topup";
import { installData } from "@/lib/esims/install-data";
import { DEFAULT_LOCALE, isLocale } from "@/lib/i18n/locales";
import { planWords } from "@/lib/i18n/translator";
import { orderUrl } from "@/lib/orders/access-token";

// `resend` makes a new email even though one was sent before (staff action).
export async function sendActivationEmail(orderId: string, options: { resend?: boolean } = {}): Promise<void> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    include: { lines: { include: { bundle: true, esims: true, assignments: { include: { esim: true } } } } },
  });
  if (!order || order.status !== "fulfilled") return;
  const locale = isLocale(order.locale) ? order.locale : DEFAULT_LOCALE;
  const url = orderUrl(order.id, locale);
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
  const draft = esims.length > 0 ? await activationEmail(buyer, esims, url) : await topupEmail(buyer, topups, url);
  await queueEmail(options.resend ? { ...draft, dedupeKey: `${draft.dedupeKey}:resent:${Date.now()}` } : draft);
}
