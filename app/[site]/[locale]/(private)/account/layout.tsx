import { getTranslations } from "next-intl/server";
import { signOutAction } from "@/components/account/actions";
import { NavLinks } from "@/components/ui/nav-links";
import { requireUser } from "@/lib/auth/session";
import { localeParam } from "@/lib/i18n/locale-param";

export const metadata = { robots: { index: false } };

type Props = { children: React.ReactNode; params: Promise<{ locale: string }> };

export default async function AccountLayout({ children, params }: Props) {
  const { locale: lang } = await params;
  const locale = localeParam(lang);
  const user = await requireUser(`/${locale}/account`);
  const t = await getTranslations({ locale, namespace: "Account" });
  const menu = [
    { href: `/${locale}/account`, label: t("myEsims") },
    { href: `/${locale}/account/orders`, label: t("orders") },
    { href: `/${locale}/account/credits`, label: t("credit") },
    { href: `/${locale}/account/referrals`, label: t("inviteFriends") },
  ];
  return (
    <div className="mx-auto max-w-4xl px-4 py-8">
      <div className="flex flex-wrap items-center justify-between gap-3">
        <NavLinks label={t("menu")} links={menu} className="flex gap-4 text-sm font-medium" linkClassName="hover:text-brand-700" />
        <form action={signOutAction} className="flex items-center gap-3 text-sm text-slate-600">
          <span>{user.email}</span>
          <button type="submit" className="rounded-lg border border-slate-300 px-3 py-1.5 font-medium hover:bg-white">
            {t("signOut")}
          </button>
        </form>
      </div>
      <div className="mt-6">{children}</div>
    </div>
  );
}
