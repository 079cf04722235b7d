// Where the switcher sends the visitor back: the page they came from (only if it is on this
// store's own origin), with its language segment replaced by the chosen one.
import { isLocale, type Locale } from "./locales";

export function returnPath(referer: string | null, appUrl: string, locale: Locale | null): string {
  let from: URL | null = null;
  try {
    from = referer ? new URL(referer) : null;
  } catch {
    from = null;
  }
  const sameOrigin = from && from.origin === new URL(appUrl).origin;
  const [, first = "", ...rest] = sameOrigin ? from!.pathname.split("/") : ["", ""];
  const current = isLocale(first) ? first : null;
  const target = locale ?? current ?? "en";
  const tail = current ? rest : [first, ...rest].filter(Boolean);
  return `/${target}${tail.length ? `/${tail.join("/")}` : ""}${sameOrigin ? from!.search : ""}`;
}
