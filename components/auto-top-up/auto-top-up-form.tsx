"use client";
// The automatic top-up settings: plan, trigger, monthly limit, and (first time or on request) the
// card, saved on Stripe's page.
import { useTranslations } from "next-intl";
import { useActionState } from "react";
import type { ActionResult } from "@/lib/actions/chain";
import { FormError, SubmitButton } from "@/components/ui/form-parts";
import { saveAutoTopUpAction } from "./actions";

type Choice = { name: string; label: string };
type Props = {
  iccid: string;
  locale: string;
  currency: string;
  plans: Choice[];
  current: { bundle: string; trigger: "used90" | "depleted"; cap: string } | null;
  hasCard: boolean;
};

export function AutoTopUpForm({ iccid, locale, currency, plans, current, hasCard }: Props) {
  const t = useTranslations("AutoTopUp");
  const [state, action, pending] = useActionState<ActionResult | null, FormData>(saveAutoTopUpAction, null);
  const error = state && !state.ok ? state : null;
  const field = "mt-1 h-12 w-full rounded-xl border border-slate-300 bg-white px-4 text-base";
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="iccid" value={iccid} />
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="currency" value={currency} />
      <div>
        <label htmlFor="bundle" className="block text-sm font-medium text-slate-800">
          {t("plan")}
        </label>
        <select id="bundle" name="bundle" defaultValue={error?.values?.bundle ?? current?.bundle} className={field}>
          {plans.map((p) => (
            <option key={p.name} value={p.name}>
              {p.label}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className="text-sm font-medium text-slate-800">{t("trigger")}</legend>
        {(["used90", "depleted"] as const).map((k) => (
          <label key={k} className="mt-2 flex items-center gap-2">
            <input type="radio" name="trigger" value={k} defaultChecked={(error?.values?.trigger ?? current?.trigger ?? "used90") === k} />
            {t(`triggers.${k}`)}
          </label>
        ))}
      </fieldset>
      <div>
        <label htmlFor="cap" className="block text-sm font-medium text-slate-800">
          {t("cap", { currency })}
        </label>
        <input
          id="cap"
          name="cap"
          inputMode="decimal"
          required
          defaultValue={error?.values?.cap ?? current?.cap ?? ""}
          aria-describedby={error ? "auto-top-up-error" : undefined}
          className={field}
        />
      </div>
      {hasCard && (
        <label className="flex items-center gap-2">
          <input type="checkbox" name="changeCard" />
          {t("changeCard")}
        </label>
      )}
      <FormError id="auto-top-up-error" message={error?.error} />
      <SubmitButton pending={pending} pendingText={t("pending")}>
        {hasCard ? t("save") : t("saveAndAddCard")}
      </SubmitButton>
    </form>
  );
}
