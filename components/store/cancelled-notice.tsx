"use client";
import { useSearchParams } from "next/navigation";
import { useTranslations } from "next-intl";

// Shown when Stripe Checkout sends the buyer back with ?cancelled=1 (read in the browser, so the
// plan page itself can be served from the cache).
export function CancelledNotice() {
  const t = useTranslations("Checkout");
  if (useSearchParams().get("cancelled") !== "1") return null;
  return <p className="mb-4 rounded-xl bg-amber-50 p-3 text-sm text-amber-900">{t("cancelled")}</p>;
}
