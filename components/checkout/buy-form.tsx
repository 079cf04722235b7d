"use client";
import { useLocale, useTranslations } from "next-intl";
import { useActionState, useEffect, useRef, useState } from "react";
import { EmailField } from "@/components/ui/email-field";
import type { CheckoutProfile } from "@/lib/checkout/profile";
import { checkoutAction } from "@/components/checkout/actions";
import type { ActionResult } from "@/lib/actions/chain";
import { GiftFields } from "./gift-fields";
import { UseCreditCheckbox } from "./use-credit-checkbox";
import { FormError, SubmitButton } from "@/components/ui/form-parts";

export function BuyForm({ bundle, price, currency }: { bundle: string; price: string; currency: string }) {
  const t = useTranslations("Checkout");
  const locale = useLocale();
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(checkoutAction, null);
  const error = state && !state.ok ? state : null;
  const profile = useCheckoutProfile(currency);
  const emailRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // A signed-in buyer's email fills the field, unless they already typed one.
    if (profile?.signedIn && emailRef.current && !emailRef.current.value) emailRef.current.value = profile.email;
  }, [profile]);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="bundle" value={bundle} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="currency" value={currency} />
      <EmailField
        label={t("email")}
        defaultValue={error?.values?.email}
        inputRef={emailRef}
        placeholder="you@example.com"
        errorId={error ? "checkout-error" : undefined}
        hint={t("emailHint")}
      />
      <div>
        <label htmlFor="quantity" className="block text-sm font-medium text-slate-800">
          {t("quantity")}
        </label>
        <select
          id="quantity"
          name="quantity"
          defaultValue="1"
          className="mt-1 h-12 w-full rounded-xl border border-slate-300 bg-white px-4 text-base"
        >
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {t("quantityOption", { count: n })}
            </option>
          ))}
        </select>
      </div>
      <GiftFields values={error?.values} />
      {profile?.referralPercent && (
        <p className="rounded-xl bg-emerald-50 px-4 py-3 text-sm text-emerald-900" data-testid="referral-offer">
          {t("referralOffer", { percent: profile.referralPercent })}
        </p>
      )}
      {profile?.signedIn && profile.creditMinor > 0 && <UseCreditCheckbox label={profile.creditLabel} />}
      <FormError id="checkout-error" message={error?.error} />
      <SubmitButton pending={pending} pendingText={t("pending")}>
        {t("submit", { price })}
      </SubmitButton>
      <p className="text-center text-xs text-slate-600">{t("secure")}</p>
    </form>
  );
}

// The plan page is cached for everyone, so a signed-in buyer's email and credit arrive afterwards.
function useCheckoutProfile(currency: string): CheckoutProfile | null {
  const [profile, setProfile] = useState<CheckoutProfile | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch(`/api/account/checkout-profile?currency=${currency}`, { signal: controller.signal })
      .then((r) => (r.ok ? r.json() : null))
      .then(setProfile)
      .catch(() => {}); // without it the form still works, as a guest's
    return () => controller.abort();
  }, [currency]);
  return profile;
}
