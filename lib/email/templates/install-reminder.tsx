/** @jsxImportSource @/lib/email/jsx */
// The one reminder for an eSIM still not installed a day after purchase: the one-tap install
// links and the way to the QR code in My Account, in the owner's language.
import { currentOrigin } from "@/lib/tenancy/tenants";
import type { InstallData } from "@/lib/esims/install-data";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { draft, type EmailDraft } from "../draft";
import { Button, Layout, Small } from "../layout";
import { currentBrand } from "@/lib/tenancy/brand";

export async function installReminderEmail(p: { to: string; locale: Locale; install: InstallData }): Promise<EmailDraft> {
  const t = await translator(p.locale, "Email");
  const brand = await currentBrand();
  const account = `${await currentOrigin()}/${p.locale}/account/esims/${p.install.iccid}#install`;
  const subject = t("installReminderSubject");
  const body = t("installReminderBody", { iccid: p.install.iccid });
  return draft({
    dedupeKey: `install-reminder:${p.install.iccid}`,
    kind: "install-reminder",
    to: p.to,
    subject,
    html: (
      <Layout title={subject} lang={p.locale} brand={brand} tagline={t("tagline")} width={520}>
        <p>{body}</p>
        <p>
          <Button href={p.install.appleUrl} color={brand.color}>
            {t("installIphone")}
          </Button>
        </p>
        <p>
          <Button href={p.install.androidUrl} color={brand.color}>
            {t("installAndroid")}
          </Button>
        </p>
        <p>
          <a href={account}>{t("installReminderAccount")}</a>
        </p>
        <Small>{t("keepPrivate")}</Small>
      </Layout>
    ),
    text: [
      body,
      "",
      `${t("installIphone")}: ${p.install.appleUrl}`,
      `${t("installAndroid")}: ${p.install.androidUrl}`,
      `${t("installReminderAccount")}: ${account}`,
    ],
  });
}
