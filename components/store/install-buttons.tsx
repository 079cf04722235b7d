"use client";
import { useTranslations } from "next-intl";
import { useSyncExternalStore } from "react";

type Device = "ios" | "android" | "other";
const detect = (): Device =>
  /iPhone|iPad|iPod/i.test(navigator.userAgent) ? "ios" : /Android/i.test(navigator.userAgent) ? "android" : "other";

// One-tap install: the button for the device in hand comes first; both stay available.
export function InstallButtons({ appleUrl, androidUrl }: { appleUrl: string; androidUrl: string }) {
  const t = useTranslations("Install");
  const device = useSyncExternalStore(
    () => () => {},
    detect,
    () => "other" as Device,
  );
  const apple = (
    <a
      key="ios"
      href={appleUrl}
      className="inline-flex h-11 items-center justify-center rounded-xl bg-slate-900 px-4 font-semibold text-white"
    >
      {t("iphone")}
    </a>
  );
  const android = (
    <a
      key="android"
      href={androidUrl}
      className="inline-flex h-11 items-center justify-center rounded-xl bg-brand-600 px-4 font-semibold text-white"
    >
      {t("android")}
    </a>
  );
  return (
    <div className="flex flex-col gap-2 sm:flex-row">
      {device === "android" ? [android, apple] : [apple, android]}
      <p className="text-xs text-slate-600 sm:self-center">{t("iosNote")}</p>
    </div>
  );
}
