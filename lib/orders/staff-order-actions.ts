// Staff actions on an order. Callers have checked the staff role; each action is audited.
import { db } from "@/lib/db";
import { sendActivationEmail } from "@/lib/fulfilment/activation-email";
import { startFulfilment } from "@/lib/fulfilment/start";
import { audit } from "@/lib/audit";

// Failed or waiting lines start again from a clean slate (a lost order is still found first:
// transactionStartedAt is kept, so fulfilment looks at eSIM Go's orders before buying).
export async function retryFulfilment(staffId: string, orderId: string): Promise<number> {
  const lines = await db.orderLine.findMany({
    where: { orderId, fulfilmentStatus: { in: ["esim_failed", "esim_pending"] } },
    select: { id: true },
  });
  const ids = lines.map((l) => l.id);
  if (ids.length === 0) return 0;
  await db.orderLine.updateMany({
    where: { id: { in: ids }, fulfilmentStatus: { in: ["esim_failed", "esim_pending"] } },
    data: { fulfilmentStatus: "paid", attempts: 0, nextAttemptAt: null, lastError: null },
  });
  await audit(staffId, "retry_fulfilment", { type: "order", id: orderId }, { lines: ids });
  await startFulfilment(ids);
  return ids.length;
}

export async function resendActivationEmail(staffId: string, orderId: string) {
  await sendActivationEmail(orderId, { resend: `staff:${Date.now()}` });
  await audit(staffId, "resend_activation_email", { type: "order", id: orderId });
}

export async function addOrderNote(staffId: string, orderId: string, text: string) {
  await audit(staffId, "note", { type: "order", id: orderId }, { text });
}
