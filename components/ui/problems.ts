// The "something is wrong" pages customers can meet: which words (Problems messages) and where to
// go next. The pages only pick one.
import type { Locale } from "@/lib/i18n/locales";

export type Problem = { title: string; text: string; links: Array<{ href: string; label: string }> };
type ProblemKey = "storeNotFound" | "accountNotFound" | "storeFailed" | "accountFailed";

const LINKS: Record<ProblemKey, Array<[string, string]>> = {
  storeNotFound: [
    ["", "findDestination"],
    ["/account/orders", "myOrders"],
  ],
  accountNotFound: [
    ["/account", "myEsims"],
    ["/account/orders", "myOrders"],
  ],
  storeFailed: [["", "backToDestinations"]],
  accountFailed: [["/account", "myEsims"]],
};

type Translate = (key: string) => string;

export function problem(key: ProblemKey, locale: Locale | string, t: Translate): Problem {
  return {
    title: t(`${key}Title`),
    text: t(`${key}Text`),
    links: LINKS[key].map(([path, label]) => ({ href: `/${locale}${path}`, label: t(label) })),
  };
}
