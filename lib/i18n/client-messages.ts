// Only the messages client components use are sent to the browser (the rest stay on the server).
import { messagesFor, type Messages } from "./messages";
import type { Locale } from "./locales";

const CLIENT_NAMESPACES = [
  "Search",
  "Checkout",
  "SignIn",
  "TopUp",
  "Removal",
  "Devices",
  "Common",
  "Install",
  "Errors",
  "Problems",
  "Gift",
  "AutoTopUp",
] as const satisfies ReadonlyArray<keyof Messages>;

export async function clientMessages(locale: Locale) {
  const all = await messagesFor(locale);
  return Object.fromEntries(CLIENT_NAMESPACES.filter((ns) => ns in all).map((ns) => [ns, all[ns]]));
}
