// Messages outside a page render (emails, the worker, plan names in lib): a translator for one
// locale and namespace, from the same message files the pages use.
import { createTranslator } from "next-intl";
import type { PlanWords } from "@/lib/catalogue/plan-name";
import { isRegion } from "./format";
import type { Locale } from "./locales";
import { messagesFor, type Messages } from "./messages";

export async function translator<N extends keyof Messages>(locale: Locale, namespace: N) {
  return createTranslator({ locale, messages: await messagesFor(locale), namespace });
}

export async function planWords(locale: Locale): Promise<PlanWords> {
  const t = await translator(locale, "Catalogue");
  return {
    unlimited: t("unlimited"),
    global: t("global"),
    region: (name) => (isRegion(name) ? t(`regions.${name}`) : name),
    allowance: (daily, speed) => t("allowance", { daily, speed }),
  };
}
