"use client";
import { useActionState, useEffect, useRef, useState } from "react";
import type { CheckoutProfile } from "@/lib/checkout/profile";
import { checkoutAction } from "@/components/checkout/actions";
import type { ActionResult } from "@/lib/actions/chain";
import { UseCreditCheckbox } from "./use-credit-checkbox";

export function BuyForm({ bundle, price }: { bundle: string; price: string }) {
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(checkoutAction, null);
  const error = state && !state.ok ? state : null;
  const profile = useCheckoutProfile();
  const emailRef = useRef<HTMLInputElement>(null);
  useEffect(() => {
    // A signed-in buyer's email fills the field, unless they already typed one.
    if (profile?.signedIn && emailRef.current && !emailRef.current.value) emailRef.current.value = profile.email;
  }, [profile]);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="bundle" value={bundle} />
      <div>
        <label htmlFor="email" className="block text-sm font-medium text-slate-800">
          Email for your eSIM
        </label>
        <input
          id="email"
          name="email"
          type="email"
          required
          autoComplete="email"
          defaultValue={error?.values?.email ?? ""}
          ref={emailRef}
          placeholder="you@example.com"
          aria-describedby={error ? "checkout-error" : "email-hint"}
          className="mt-1 h-12 w-full rounded-xl border border-slate-300 bg-white px-4 text-base"
        />
        <p id="email-hint" className="mt-1 text-sm text-slate-600">
          We send the QR code and install steps here.
        </p>
      </div>
      <div>
        <label htmlFor="quantity" className="block text-sm font-medium text-slate-800">
          Number of eSIMs
        </label>
        <select
          id="quantity"
          name="quantity"
          defaultValue="1"
          className="mt-1 h-12 w-full rounded-xl border border-slate-300 bg-white px-4 text-base"
        >
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {n} {n === 1 ? "eSIM (one phone)" : "eSIMs (one per phone)"}
            </option>
          ))}
        </select>
      </div>
      {profile?.signedIn && profile.creditMinor > 0 && <UseCreditCheckbox label={profile.creditLabel} />}
      {error && (
        <p id="checkout-error" role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">
          {error.error}
        </p>
      )}
      <button
        type="submit"
        disabled={pending}
        className="h-12 w-full rounded-xl bg-brand-600 text-base font-semibold text-white shadow hover:bg-brand-700 disabled:opacity-60"
      >
        {pending ? "Opening secure checkout…" : `Continue to payment · ${price} each`}
      </button>
      <p className="text-center text-xs text-slate-600">Secure payment by Stripe. Your eSIM arrives by email in seconds.</p>
    </form>
  );
}

// The plan page is cached for everyone, so a signed-in buyer's email and credit arrive afterwards.
function useCheckoutProfile(): CheckoutProfile | null {
  const [profile, setProfile] = useState<CheckoutProfile | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/account/checkout-profile", { signal: controller.signal })
      .then((r) => (r.ok ? r.json() : null))
      .then(setProfile)
      .catch(() => {}); // without it the form still works, as a guest's
    return () => controller.abort();
  }, []);
  return profile;
}
