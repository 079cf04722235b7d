import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RemoveBundleForm } from "@/components/bundle-removal/remove-bundle-form";
import { planNamesFor } from "@/lib/catalogue/plan-names";
import { requireUser } from "@/lib/auth/session";
import { loadRemoval } from "@/lib/esims/bundle-removal";
import { formatMoney } from "@/lib/money/minor-units";
import { localeParam } from "@/lib/i18n/locale-param";
import { dateText } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locales";

type Props = { params: Promise<{ locale: string; iccid: string; assignmentId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations({ locale: localeParam((await params).locale), namespace: "Removal" }))("metaTitle") };
}

export default async function RemovePage({ params }: Props) {
  const { locale: lang, iccid, assignmentId } = await params;
  const locale = localeParam(lang);
  const user = await requireUser(`/${locale}/account/esims/${iccid}/bundles/${assignmentId}/remove`);
  const loaded = await loadRemoval(user.id, assignmentId);
  if (!loaded || loaded.assignment.esim.iccid !== iccid) notFound();
  const { assignment, eligibility: verdict } = loaded;
  const [t, tAccount, nameOf] = await Promise.all([
    getTranslations({ locale, namespace: "Removal" }),
    getTranslations({ locale, namespace: "Account" }),
    planNamesFor([assignment.bundleName], locale),
  ]);
  return (
    <div className="max-w-xl space-y-5">
      <Link href={`/${locale}/account/esims/${iccid}`} className="text-sm text-brand-700">
        ← {tAccount("esim", { iccid })}
      </Link>
      <h1 className="text-2xl font-bold">{t("title", { plan: nameOf(assignment.bundleName) })}</h1>
      {verdict.eligible ? (
        <>
          <p className="text-slate-700">
            {t.rich("eligible", {
              amount: formatMoney(verdict.amountMinor, verdict.currency, locale),
              method: verdict.method,
              strong: (chunks) => <strong>{chunks}</strong>,
            })}
            {verdict.needsApproval && t("needsApproval")}
          </p>
          <RemoveBundleForm assignmentId={assignment.id} label={verdict.needsApproval ? t("ask") : t("remove")} />
        </>
      ) : (
        <p role="status" data-testid="removal-refused" className="rounded-xl bg-amber-50 p-4 text-amber-900">
          {t(verdict.reason as "alreadyRemoved", localDate(verdict.params, locale))}
        </p>
      )}
    </div>
  );
}

// The purchase date travels as an ISO day; the customer reads it in their own format.
function localDate(params: Record<string, string | number> | undefined, locale: Locale) {
  return params && typeof params.date === "string" ? { ...params, date: dateText(new Date(params.date), locale) } : params;
}
