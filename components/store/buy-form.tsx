"use client";
import { useActionState } from "react";
import { checkoutAction, type CheckoutState } from "@/app/(store)/plans/[name]/checkout-action";

export function BuyForm({ bundle, price }: { bundle: string; price: string }) {
  const [state, action, pending] = useActionState<CheckoutState, FormData>(checkoutAction, { error: null, email: "" });
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="bundle" value={bundle} />
      <div>
        <label htmlFor="email" className="block text-sm font-medium text-slate-800">
          Email for your eSIM
        </label>
        <input id="email" name="email" type="email" required autoComplete="email" defaultValue={state.email} placeholder="you@example.com"
          aria-describedby={state.error ? "checkout-error" : "email-hint"}
          className="mt-1 h-12 w-full rounded-xl border border-slate-300 bg-white px-4 text-base" />
        <p id="email-hint" className="mt-1 text-sm text-slate-600">We send the QR code and install steps here.</p>
      </div>
      <div>
        <label htmlFor="quantity" className="block text-sm font-medium text-slate-800">
          Number of eSIMs
        </label>
        <select id="quantity" name="quantity" defaultValue="1" className="mt-1 h-12 w-full rounded-xl border border-slate-300 bg-white px-4 text-base">
          {[1, 2, 3, 4, 5].map((n) => (
            <option key={n} value={n}>
              {n} {n === 1 ? "eSIM (one phone)" : "eSIMs (one per phone)"}
            </option>
          ))}
        </select>
      </div>
      {state.error && (
        <p id="checkout-error" role="alert" className="rounded-xl bg-red-50 p-3 text-sm text-red-800">
          {state.error}
        </p>
      )}
      <button type="submit" disabled={pending} className="h-12 w-full rounded-xl bg-brand-600 text-base font-semibold text-white shadow hover:bg-brand-700 disabled:opacity-60">
        {pending ? "Opening secure checkout…" : `Continue to payment · ${price} each`}
      </button>
      <p className="text-center text-xs text-slate-600">Secure payment by Stripe. Your eSIM arrives by email in seconds.</p>
    </form>
  );
}
