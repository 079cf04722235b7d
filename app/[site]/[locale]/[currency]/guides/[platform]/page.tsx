import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Card } from "@/components/ui/card";
import { alternates } from "@/lib/i18n/alternates";
import { localeParam } from "@/lib/i18n/locale-param";

const PLATFORMS = ["ios", "android"] as const;
type Platform = (typeof PLATFORMS)[number];
const STEPS = ["s1", "s2", "s3", "s4", "s5"] as const;
const isPlatform = (p: string): p is Platform => (PLATFORMS as readonly string[]).includes(p);

type Props = { params: Promise<{ locale: string; platform: string }> };

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: lang, platform } = await params;
  const locale = localeParam(lang);
  if (!isPlatform(platform)) return {};
  const t = await getTranslations({ locale, namespace: "Guides" });
  const name = t(platform);
  return {
    title: t("metaTitle", { platform: name }),
    description: t("metaDescription", { platform: name }),
    alternates: alternates(locale, `/guides/${platform}`),
  };
}

export default async function GuidePage({ params }: Props) {
  const { locale: lang, platform } = await params;
  const locale = localeParam(lang);
  if (!isPlatform(platform)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: "Guides" });
  const steps = STEPS.map((s) => t(`${platform}Steps.${s}`));
  return (
    <div className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight">{t("title", { platform: t(platform) })}</h1>
      <p className="mt-2 text-slate-600">{t("intro")}</p>
      <ol className="mt-6 space-y-4">
        {steps.map((step, i) => (
          <Card as="li" padding="md" className="flex gap-4" key={i}>
            <span aria-hidden className="grid h-8 w-8 shrink-0 place-items-center rounded-full bg-brand-600 font-semibold text-white">
              {i + 1}
            </span>
            <span className="leading-relaxed">{step}</span>
          </Card>
        ))}
      </ol>
      <p className="mt-6 text-sm text-slate-600">
        {t.rich("notSure", {
          devices: (chunks) => (
            <Link href={`/${locale}/devices`} className="font-medium text-brand-700 underline">
              {chunks}
            </Link>
          ),
        })}
      </p>
    </div>
  );
}
