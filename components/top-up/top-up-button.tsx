"use client";
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import { topUpAction } from "@/components/top-up/actions";
import { FormError } from "@/components/ui/form-parts";
import type { ActionResult } from "@/lib/actions/chain";

type Props = { iccid: string; bundle: string; label: string; useCredit: boolean; locale: string; currency: string };

export function TopUpButton({ iccid, bundle, label, useCredit, locale, currency }: Props) {
  const t = useTranslations("TopUp");
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(topUpAction, null);
  return (
    <form action={action}>
      <input type="hidden" name="iccid" value={iccid} />
      <input type="hidden" name="bundle" value={bundle} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="currency" value={currency} />
      {useCredit && <input type="hidden" name="useCredit" value="on" />}
      <button
        type="submit"
        disabled={pending}
        className="rounded-lg bg-brand-600 px-3 py-2 text-sm font-semibold text-white disabled:opacity-60"
      >
        {pending ? t("pending") : label}
      </button>
      <div className="mt-2">
        <FormError
          id={`topup-${bundle}`}
          message={state && !state.ok ? state.error : undefined}
          params={state && !state.ok ? state.params : undefined}
        />
      </div>
    </form>
  );
}
