// Installing an eSIM again from My Account: the QR code and codes behind a "Show" (they install
// the eSIM, so they are not on screen by default), and the one-tap buttons.
import { getTranslations } from "next-intl/server";
import { InstallButtons } from "@/components/store/install-buttons";
import { Card } from "@/components/ui/card";
import { CopyButton } from "@/components/ui/copy-button";
import { installData, qrSvg } from "@/lib/esims/install-data";
import type { Locale } from "@/lib/i18n/locales";

type Installable = Parameters<typeof installData>[0];

export async function EsimInstall({ esim, locale }: { esim: Installable; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: "Account" });
  const install = installData(esim);
  const qr = install ? await qrSvg(install.lpa) : "";
  return (
    <Card as="section" padding="lg" id="install" aria-label={t("installTitle")}>
      <h2 className="font-semibold">{t("installTitle")}</h2>
      {install ? (
        <details className="mt-3">
          <summary className="cursor-pointer text-sm font-medium text-brand-700">{t("showCodes")}</summary>
          <div className="mt-4 grid gap-5 sm:grid-cols-[200px_1fr]">
            <div className="w-[200px]" role="img" aria-label={t("activationCode")} dangerouslySetInnerHTML={{ __html: qr }} />
            <div className="space-y-3 text-sm">
              <p className="text-slate-600">{t("activationCode")}</p>
              <div className="flex gap-2">
                <code data-testid="activation-code" className="min-w-0 flex-1 break-all rounded bg-slate-100 px-2 py-1.5">
                  {install.lpa}
                </code>
                <CopyButton value={install.lpa} label={t("activationCode")} />
              </div>
              <p className="text-slate-600">{t.rich("smdp", { address: install.smdpAddress, code: (chunks) => <code>{chunks}</code> })}</p>
              <InstallButtons appleUrl={install.appleUrl} androidUrl={install.androidUrl} />
            </div>
          </div>
        </details>
      ) : (
        <p className="mt-2 text-sm text-slate-600">{t("noInstallData")}</p>
      )}
    </Card>
  );
}
