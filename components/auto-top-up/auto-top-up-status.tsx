// One line on the eSIM's page: whether automatic top-up is on, paused (and why) or off, with the
// way to its settings.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { Card } from "@/components/ui/card";
import type { AutoTopUpView } from "@/lib/auto-top-up/settings";
import type { Locale } from "@/lib/i18n/locales";
import { formatMoney } from "@/lib/money/minor-units";
import { planName } from "@/lib/catalogue/plan-name";
import { planWords } from "@/lib/i18n/translator";

export async function AutoTopUpStatus({ rule, iccid, locale }: { rule: AutoTopUpView | null; iccid: string; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "AutoTopUp" });
  return (
    <Card as="section" padding="lg" aria-label={t("title")} id="auto-top-up">
      <h2 className="font-semibold">{t("title")}</h2>
      <p className="mt-2 text-sm" data-testid="auto-top-up-status">
        {await statusText(rule, locale)}
      </p>
      <Link
        href={`/${locale}/account/esims/${iccid}/auto-top-up`}
        className="mt-3 inline-block text-sm font-medium text-brand-700 underline"
      >
        {rule && rule.status !== "off" ? t("manage") : t("setUp")}
      </Link>
    </Card>
  );
}

export async function statusText(rule: AutoTopUpView | null, locale: Locale): Promise<string> {
  const t = await getTranslations({ locale, namespace: "AutoTopUp" });
  if (!rule || rule.status === "off") return t("statusOff");
  if (rule.status === "awaiting_card") return t("statusAwaitingCard");
  if (rule.status === "paused")
    return t(`paused.${PAUSE_REASONS.includes(rule.pausedReason as never) ? (rule.pausedReason as PauseReason) : "declined"}`);
  const money = (minor: number) => formatMoney(minor, rule.currency, locale);
  return t("statusActive", {
    plan: planName(rule.bundle, locale, await planWords(locale)),
    trigger: t(`triggers.${rule.trigger}`),
    cap: money(rule.monthlyCapMinor),
    spent: money(rule.spentThisMonthMinor),
    card: `${cardBrand(rule.cardBrand)} •••• ${rule.cardLast4 ?? ""}`.trim(),
  });
}

const PAUSE_REASONS = ["authentication_required", "declined", "planUnavailable", "planNotCompatible"] as const;
type PauseReason = (typeof PAUSE_REASONS)[number];

// Stripe names brands in lower case ("visa", "mastercard", "amex").
const BRANDS: Record<string, string> = { visa: "Visa", mastercard: "Mastercard", amex: "American Express" };
const cardBrand = (brand: string | null) => (brand ? (BRANDS[brand] ?? brand.charAt(0).toUpperCase() + brand.slice(1)) : "");
