import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInForm } from "@/components/sign-in/sign-in-form";
import { Card } from "@/components/ui/card";
import { currentUser } from "@/lib/auth/session";
import { sameOriginPath } from "@/lib/http/safe-redirect";
import { localeParam } from "@/lib/i18n/locale-param";

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string; error?: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: localeParam((await params).locale), namespace: "SignIn" });
  return { title: t("metaTitle"), robots: { index: false } };
}

export default async function SignInPage({ params, searchParams }: Props) {
  const [{ locale: lang }, { next, error }] = await Promise.all([params, searchParams]);
  const locale = localeParam(lang);
  const safeNext = sameOriginPath(next, `/${locale}/account`);
  if (await currentUser()) redirect(safeNext);
  const t = await getTranslations({ locale, namespace: "SignIn" });
  return (
    <div className="mx-auto max-w-md px-4 py-12">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2 text-slate-600">{t("intro")}</p>
      {error && <p className="mt-4 rounded-xl bg-red-50 p-3 text-sm text-red-800">{t("invalidLink")}</p>}
      <Card padding="lg" className="mt-6">
        <SignInForm next={safeNext} />
      </Card>
    </div>
  );
}
