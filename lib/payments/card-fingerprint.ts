// The fingerprint Stripe gives the card that paid: the same card number has the same fingerprint
// on every payment, whatever email or account it is used under.
import { stripe } from "./stripe";

export async function cardFingerprint(paymentIntentId: string): Promise<string | null> {
  const intent = await stripe().paymentIntents.retrieve(paymentIntentId);
  const chargeId = typeof intent.latest_charge === "string" ? intent.latest_charge : intent.latest_charge?.id;
  if (!chargeId) return null;
  const charge = await stripe().charges.retrieve(chargeId);
  return charge.payment_method_details?.card?.fingerprint ?? null;
}
