import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { EsimInstall } from "@/components/account/esim-install";
import { InstallStatus } from "@/components/account/install-status";
import { UsageBar } from "@/components/account/usage-bar";
import { AutoTopUpStatus } from "@/components/auto-top-up/auto-top-up-status";
import { UsageHistory } from "@/components/account/usage-history";
import { ValidityText } from "@/components/account/validity-text";
import { Card } from "@/components/ui/card";
import { requireUser } from "@/lib/auth/session";
import { planNamesFor } from "@/lib/catalogue/plan-names";
import { autoTopUpFor } from "@/lib/auto-top-up/settings";
import { installView } from "@/lib/esims/install-status";
import { refreshThenReadOwnedEsim } from "@/lib/esims/live-usage";
import { USED_STATES } from "@/lib/esims/owned-esims";
import { dateText } from "@/lib/i18n/format";
import { localeParam } from "@/lib/i18n/locale-param";

type Props = { params: Promise<{ locale: string; iccid: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  return { title: (await getTranslations({ locale: localeParam((await params).locale), namespace: "Account" }))("detailsTitle") };
}

export default async function EsimPage({ params }: Props) {
  const { locale: lang, iccid } = await params;
  const locale = localeParam(lang);
  const user = await requireUser(`/${locale}/account/esims/${iccid}`);
  const view = await refreshThenReadOwnedEsim(user.id, iccid);
  if (!view) notFound();
  const { esim, live } = view;
  const [t, nameOf] = await Promise.all([
    getTranslations({ locale, namespace: "Account" }),
    planNamesFor(
      esim.assignments.map((a) => a.bundleName),
      locale,
    ),
  ]);
  const base = `/${locale}/account/esims/${esim.iccid}`;
  const groups = [
    { key: "active", items: esim.assignments.filter((a) => a.state === "active") },
    { key: "queued", items: esim.assignments.filter((a) => a.state === "queued" || a.state === "processing") },
    { key: "history", items: esim.assignments.filter((a) => USED_STATES.includes(a.state)) },
  ] as const;
  const updated =
    live.source === "stored"
      ? t("usageStored")
      : live.checkedAt
        ? t("usageUpdated", { time: dateText(live.checkedAt, locale, true) })
        : t("usageJustNow");
  return (
    <div className="space-y-6">
      <div>
        <Link href={`/${locale}/account`} className="text-sm text-brand-700">
          {t("back")}
        </Link>
        <h1 className="mt-1 text-2xl font-bold">{t("esim", { iccid: esim.iccid })}</h1>
        <p className="mt-1">
          <InstallStatus view={installView(esim)} locale={locale} />
        </p>
        <p className="text-sm text-slate-600" data-testid="usage-source">
          {updated}
        </p>
      </div>
      {groups.map((g) => (
        <Card as="section" padding="lg" key={g.key} aria-label={t(`groups.${g.key}`)}>
          <h2 className="font-semibold">{t(`groups.${g.key}`)}</h2>
          {g.items.length === 0 && <p className="mt-2 text-sm text-slate-600">{t("none")}</p>}
          <ul className="mt-3 space-y-4">
            {g.items.map((a) => (
              <li key={a.id} data-testid="bundle" data-state={a.state} className="space-y-2">
                <p className="text-sm">
                  <span className="font-medium">{nameOf(a.bundleName)}</span> ·{" "}
                  <span className="text-slate-600">
                    <ValidityText assignment={a} />
                  </span>
                </p>
                {a.state !== "revoked" && <UsageBar assignment={a} />}
                {(a.state === "queued" || a.state === "processing") && (
                  <Link href={`${base}/bundles/${a.id}/remove`} className="inline-block text-sm font-medium text-red-700 underline">
                    {t("removePlan")}
                  </Link>
                )}
              </li>
            ))}
          </ul>
        </Card>
      ))}
      <AutoTopUpStatus rule={await autoTopUpFor(user.id, esim.iccid)} iccid={esim.iccid} locale={locale} />
      <EsimInstall esim={esim} locale={locale} />
      <UsageHistory snapshots={esim.snapshots} locale={locale} />
      <Link href={`${base}/top-up`} className="inline-block rounded-xl bg-brand-600 px-4 py-3 font-semibold text-white">
        {t("topUpThis")}
      </Link>
    </div>
  );
}
