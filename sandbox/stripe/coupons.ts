// Coupons, as the store uses them for store credit: a fixed amount off, once, redeemable a set
// number of times. A session's discount is checked when it is created and redeemed when it is paid.
import { metadataOf, text, type FormValue } from "./form";
import { newId, now, stripeError, type Coupon } from "./objects";

const int = (v: FormValue | undefined) => (typeof v === "string" && /^\d+$/.test(v) ? Number(v) : NaN);

export function createCoupon(coupons: Map<string, Coupon>, form: Record<string, FormValue>) {
  const amountOff = int(form.amount_off);
  const currency = text(form.currency)?.toLowerCase();
  if (form.percent_off !== undefined) return stripeError(400, "This sandbox supports amount_off coupons only.", "percent_off");
  if (!Number.isInteger(amountOff) || amountOff < 1) return stripeError(400, "Invalid positive integer", "amount_off");
  if (!currency || !/^[a-z]{3}$/.test(currency))
    return stripeError(400, "You must specify a currency when creating an amount_off coupon.", "currency");
  const duration = text(form.duration) ?? "once";
  if (duration !== "once") return stripeError(400, "This sandbox supports duration=once only.", "duration");
  const maxRedemptions = form.max_redemptions === undefined ? null : int(form.max_redemptions);
  if (maxRedemptions !== null && (!Number.isInteger(maxRedemptions) || maxRedemptions < 1))
    return stripeError(400, "Invalid positive integer", "max_redemptions");
  const metadata = metadataOf(form.metadata);
  const coupon: Coupon = {
    id: newId("co"),
    object: "coupon",
    amount_off: amountOff,
    currency,
    duration,
    max_redemptions: maxRedemptions,
    name: text(form.name) ?? null,
    percent_off: null,
    times_redeemed: 0,
    valid: true,
    created: now(),
    livemode: false,
    metadata,
  };
  coupons.set(coupon.id, coupon);
  return { status: 200, body: coupon };
}

// The discount a session's `discounts` asks for, or the error Stripe gives.
export function sessionDiscount(coupons: Map<string, Coupon>, discounts: FormValue | undefined, currency: string, subtotal: number) {
  if (discounts === undefined) return { amount: 0, coupon: null };
  const list = Array.isArray(discounts) ? discounts : [];
  if (list.length !== 1) return { error: stripeError(400, "You may only specify one discount.", "discounts") };
  const id = text((list[0] as Record<string, FormValue>).coupon);
  const coupon = id ? coupons.get(id) : undefined;
  if (!coupon) return { error: stripeError(400, `No such coupon: '${id ?? ""}'`, "discounts[0][coupon]", "resource_missing") };
  if (!coupon.valid) return { error: stripeError(400, `Coupon ${coupon.id} is no longer valid.`, "discounts[0][coupon]") };
  if (coupon.currency !== currency)
    return {
      error: stripeError(
        400,
        `The coupon currency (${coupon.currency}) does not match the session currency (${currency}).`,
        "discounts[0][coupon]",
      ),
    };
  return { amount: Math.min(coupon.amount_off, subtotal), coupon };
}

export function redeem(coupon: Coupon) {
  coupon.times_redeemed += 1;
  if (coupon.max_redemptions !== null && coupon.times_redeemed >= coupon.max_redemptions) coupon.valid = false;
}
