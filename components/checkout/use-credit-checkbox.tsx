"use client";
import { useTranslations } from "next-intl";

// "Use my store credit" at checkout: the server decides how much applies (all of it when it
// covers the order; otherwise the card pays the rest).
export function UseCreditCheckbox({ label }: { label: string }) {
  const t = useTranslations("Checkout");
  return (
    <label className="flex items-start gap-3 rounded-xl border border-emerald-200 bg-emerald-50 p-3 text-sm text-emerald-900">
      <input type="checkbox" name="useCredit" defaultChecked className="mt-0.5 h-5 w-5 accent-emerald-700" />
      <span>
        {t.rich("useCredit", { amount: label, strong: (chunks) => <strong>{chunks}</strong> })}
        <span className="block text-emerald-800">{t("useCreditHint")}</span>
      </span>
    </label>
  );
}
