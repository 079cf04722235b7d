// Money moving in the sandbox: a PaymentIntent charged to a test card (and, for a destination
// charge, transferred to the connected account less the platform's fee), and refunds of it.
import type { Reply } from "../http";
import { reverseCharge, transferCharge, type ConnectState } from "./connect";
import { metadataOf, text, type FormValue } from "./form";
import { cardDetails, newId, now, stripeError, type Charge, type PaymentIntent, type Refund } from "./objects";

export type ChargeState = ConnectState & {
  intents: Map<string, PaymentIntent>;
  charges: Map<string, Charge>;
  refunds: Map<string, Refund>;
};

// The intent's amount charged to a test card that pays: the charge is kept and the intent succeeds.
export function settleIntent(state: ChargeState, intent: PaymentIntent, digits: string): Charge {
  const charge: Charge = {
    id: newId("ch"),
    object: "charge",
    amount: intent.amount,
    amount_refunded: 0,
    currency: intent.currency,
    created: now(),
    payment_intent: intent.id,
    refunded: false,
    metadata: intent.metadata,
    payment_method_details: { card: cardDetails(digits), type: "card" },
    application_fee: null,
    application_fee_amount: intent.application_fee_amount,
    transfer_data: intent.transfer_data && { amount: null, destination: intent.transfer_data.destination },
  };
  charge.application_fee = transferCharge(state, charge, intent).application_fee;
  state.charges.set(charge.id, charge);
  Object.assign(intent, { status: "succeeded", amount_received: intent.amount, latest_charge: charge.id });
  return charge;
}

// POST /v1/refunds: all or part of what is left on the intent's charge, never more.
export function refundIntent(state: ChargeState, form: Record<string, FormValue>, emit: (type: string, object: object) => void): Reply {
  const intentId = text(form.payment_intent);
  const intent = intentId ? state.intents.get(intentId) : undefined;
  if (!intent) return stripeError(400, `No such payment_intent: '${intentId ?? ""}'`, "payment_intent", "resource_missing");
  const charge = intent.latest_charge ? state.charges.get(intent.latest_charge) : undefined;
  if (!charge || intent.status !== "succeeded")
    return stripeError(400, "This PaymentIntent does not have a successful charge to refund.", "payment_intent");
  const left = charge.amount - charge.amount_refunded;
  const amount = form.amount === undefined ? left : /^\d+$/.test(text(form.amount) ?? "") ? Number(form.amount) : NaN;
  if (!Number.isInteger(amount) || amount < 1) return stripeError(400, "Invalid positive integer", "amount");
  if (amount > left)
    return stripeError(
      400,
      `Refund amount (${amount}) is greater than unrefunded amount on charge (${left})`,
      "amount",
      "amount_too_large",
    );
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded === charge.amount;
  const r: Refund = {
    id: newId("re"),
    object: "refund",
    amount,
    charge: charge.id,
    currency: charge.currency,
    created: now(),
    payment_intent: intent.id,
    reason: text(form.reason) ?? null,
    status: "succeeded",
    metadata: metadataOf(form.metadata),
    transfer_reversal: null,
  };
  r.transfer_reversal = reverseCharge(state, charge, r, {
    reverseTransfer: text(form.reverse_transfer) === "true",
    refundFee: text(form.refund_application_fee) === "true",
  }).transfer_reversal;
  state.refunds.set(r.id, r);
  emit("charge.refunded", { ...charge });
  return { status: 200, body: r };
}
