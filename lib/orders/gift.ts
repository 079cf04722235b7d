// A gift's buyer may send the recipient's install email again (it went to spam, or was deleted),
// at most once every ten minutes. The buyer never receives the codes themselves.
import { db } from "@/lib/db";
import { sendActivationEmail } from "@/lib/fulfilment/activation-email";

const RESEND_WINDOW_MS = 10 * 60_000;

export type GiftResend = { ok: true; email: string } | { ok: false; error: "giftResendLater" };

// Returns null when the order is not a delivered gift (the caller answers 404).
export async function resendGift(orderId: string): Promise<GiftResend | null> {
  const order = await db.order.findUnique({ where: { id: orderId }, select: { giftRecipientEmail: true, status: true } });
  if (!order?.giftRecipientEmail || order.status !== "fulfilled") return null;
  const prefix = `activation:${orderId}:resent:gift:`;
  const recent = await db.emailOutbox.count({
    where: { dedupeKey: { startsWith: prefix }, createdAt: { gt: new Date(Date.now() - RESEND_WINDOW_MS) } },
  });
  if (recent > 0) return { ok: false, error: "giftResendLater" };
  await sendActivationEmail(orderId, { resend: `gift:${Date.now()}` });
  return { ok: true, email: order.giftRecipientEmail };
}
