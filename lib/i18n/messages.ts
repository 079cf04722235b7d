// Each language's messages (messages/<locale>.json), loaded once per process.
import type { Locale } from "./locales";

export type Messages = typeof import("@/messages/en.json");

const loaders: Record<Locale, () => Promise<{ default: Messages }>> = {
  en: () => import("@/messages/en.json"),
  de: () => import("@/messages/de.json"),
  fr: () => import("@/messages/fr.json"),
  es: () => import("@/messages/es.json"),
  it: () => import("@/messages/it.json"),
  pt: () => import("@/messages/pt.json"),
  ja: () => import("@/messages/ja.json"),
};

export async function messagesFor(locale: Locale): Promise<Messages> {
  return (await loaders[locale]()).default;
}
