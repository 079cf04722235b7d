import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { mailboxEnabled } from "@/lib/email/mailbox";
import { localeParam } from "@/lib/i18n/locale-param";

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: localeParam((await params).locale), namespace: "SignIn" });
  return { title: t("checkTitle"), robots: { index: false } };
}

export default async function CheckEmailPage({ params }: Props) {
  const t = await getTranslations({ locale: localeParam((await params).locale), namespace: "SignIn" });
  return (
    <div className="mx-auto max-w-md px-4 py-12 text-center">
      <h1 className="text-2xl font-bold">{t("checkTitle")}</h1>
      <p className="mt-2 text-slate-600">{t("checkText")}</p>
      {mailboxEnabled() && (
        <p className="mt-4 text-sm">
          {t.rich("localMailbox", {
            mailbox: (chunks) => (
              <Link href="/dev/mailbox" className="font-medium text-brand-700 underline">
                {chunks}
              </Link>
            ),
          })}
        </p>
      )}
    </div>
  );
}
