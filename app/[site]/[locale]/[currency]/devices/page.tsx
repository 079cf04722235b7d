import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { DeviceFinder } from "@/components/store/device-finder";
import { GuideLinks } from "@/components/store/guide-links";
import { Card } from "@/components/ui/card";
import { BRANDS, DEVICES } from "@/lib/catalogue/devices";
import { alternates } from "@/lib/i18n/alternates";
import { localeParam } from "@/lib/i18n/locale-param";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: lang } = await params;
  const locale = localeParam(lang);
  const t = await getTranslations({ locale, namespace: "Devices" });
  return { title: t("title"), description: t("description"), alternates: alternates(locale, "/devices") };
}

export default async function DevicesPage({ params }: Props) {
  const { locale: lang } = await params;
  const locale = localeParam(lang);
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Devices" });
  const strong = (chunks: React.ReactNode) => <strong>{chunks}</strong>;
  return (
    <div className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("intro")}</p>
      <Card as="section" padding="lg" className="mt-6 text-sm leading-relaxed" aria-labelledby="check">
        <h2 id="check" className="text-base font-semibold">
          {t("checkTitle")}
        </h2>
        <ul className="mt-2 list-disc space-y-1 pl-5">
          <li>{t.rich("checkDial", { strong })}</li>
          <li>{t("checkIphone")}</li>
          <li>{t("checkAndroid")}</li>
        </ul>
        <p className="mt-3">{t.rich("ready", { guides: () => <GuideLinks /> })}</p>
      </Card>
      <div className="mt-8">
        <DeviceFinder devices={DEVICES} brands={BRANDS} />
      </div>
    </div>
  );
}
