// "Installed on iPhone 15", "Not installed yet": where the eSIM stands on the traveller's phone.
import { getTranslations } from "next-intl/server";
import type { InstallView } from "@/lib/esims/install-status";
import type { Locale } from "@/lib/i18n/locales";

const DOT: Record<InstallView["key"], string> = {
  installed: "bg-emerald-500",
  downloading: "bg-sky-500",
  removed: "bg-slate-400",
  notInstalled: "bg-amber-500",
  unavailable: "bg-red-600",
};

export async function InstallStatus({ view, locale }: { view: InstallView; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Account.install" });
  const text =
    view.device && (view.key === "installed" || view.key === "downloading")
      ? t(view.key === "installed" ? "installedOn" : "downloadingOn", { device: view.device })
      : t(view.key);
  return (
    <span data-testid="install-status" data-state={view.key} className="inline-flex items-center gap-1.5 text-sm text-slate-700">
      <span aria-hidden className={`size-2 rounded-full ${DOT[view.key]}`} />
      {text}
    </span>
  );
}
