// What a ledger line means to the customer, in their language: the store's own entries are told
// by their shape (spent at checkout, given back, refunded, reversed); a credit staff granted keeps
// the reason staff wrote.
type Entry = { amountMinor: number; orderId: string | null; assignmentId: string | null; reversesId: string | null; reason: string };

export type CreditKind = "spent" | "returned" | "reversed" | "planRefund" | "orderRefund" | "referral" | "granted";

export function creditKind(entry: Entry): CreditKind {
  if (entry.reversesId) return entry.amountMinor > 0 && entry.orderId ? "returned" : "reversed";
  if (entry.amountMinor < 0 && entry.orderId) return "spent";
  if (entry.assignmentId) return "planRefund";
  if (entry.orderId && entry.reason.startsWith(REFUND_PREFIX)) return "orderRefund";
  if (entry.reason.startsWith(REFERRAL_PREFIX)) return "referral";
  return "granted";
}

export const REFUND_PREFIX = "Refund: ";
// A referrer's credit carries no order (the order is the new customer's): "Referral: a•••@example.com".
export const REFERRAL_PREFIX = "Referral: ";
