"use client";
// On a gift's order page and receipt: who received it, and a button to send them the install
// email again. The codes themselves are never shown to the buyer.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/chain";
import { FormError } from "@/components/ui/form-parts";
import { resendGiftAction } from "./actions";

type Props = { orderId: string; token: string; name: string; email: string; delivered: boolean };

export function GiftPanel({ orderId, token, name, email, delivered }: Props) {
  const t = useTranslations("Gift");
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(resendGiftAction, null);
  return (
    <div data-testid="gift" className="rounded-2xl border border-brand-100 bg-brand-50 p-4 text-sm text-slate-800">
      <p>{t("sent", { name, email })}</p>
      {delivered && (
        <form action={action} className="mt-3 flex flex-wrap items-center gap-3">
          <input type="hidden" name="orderId" value={orderId} />
          <input type="hidden" name="token" value={token} />
          <button disabled={pending} className="rounded-lg border border-brand-600 bg-white px-3 py-2 font-medium text-brand-700">
            {t("resend")}
          </button>
          {state?.ok && (
            <span role="status" className="text-emerald-800">
              {t("resent", { email: state.message ?? email })}
            </span>
          )}
          {state && !state.ok && <FormError id="gift-error" message={state.error} />}
        </form>
      )}
    </div>
  );
}
