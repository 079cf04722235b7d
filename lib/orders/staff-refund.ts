// A staff refund of (part of) an order, to the card or as store credit, through the one money
// module (which holds the bound). Lines still waiting for an eSIM stop once staff refund.
import { audit } from "@/lib/audit";
import { toMinor } from "@/lib/money/minor-units";
import { refundable } from "@/lib/money/refund-bound";
import { giveMoneyBack } from "@/lib/money/refunds";

export type StaffRefund = { amount: number; method: "card" | "credit"; reason: string }; // amount in major units (4.99)

export { refundable };

export async function refundOrder(staffId: string, orderId: string, input: StaffRefund): Promise<{ ok: boolean; message: string }> {
  const room = await refundable(orderId);
  if (!room) return { ok: false, message: "This order was never paid." };
  const amountMinor = toMinor(input.amount, room.currency);
  const outcome = await giveMoneyBack({ orderId, amountMinor, method: input.method, reason: input.reason, staffId, stopUndelivered: true });
  if (!outcome.ok) return { ok: false, message: outcome.error };
  await audit(
    staffId,
    "refund",
    { type: "order", id: orderId },
    { refundId: outcome.refund.id, amountMinor, method: input.method, reason: input.reason },
  );
  return { ok: true, message: outcome.message };
}
