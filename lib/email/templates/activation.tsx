/** @jsxImportSource @/lib/email/jsx */
// The activation email: per eSIM the QR code (inline image), activation code, SM-DP+ address and
// one-tap install links, in HTML and plain text, in the buyer's language.
import { qrPng, type InstallData } from "@/lib/esims/install-data";
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { TOKENS } from "../brand-tokens";
import { draft, type EmailDraft } from "../draft";
import type { Html } from "../jsx/jsx-runtime";
import { Button, Layout, Small } from "../layout";
import { currentBrand } from "@/lib/tenancy/brand";

export type ActivationEsim = InstallData & { planName: string; allowance: string | null };
type Order = { id: string; email: string; locale: Locale };
// A gift's activation email goes to the recipient: who sent it, their message, and the way into
// My eSIMs (the order page is the buyer's).
export type Gift = { name: string; from: string; message: string | null };
// Where the email's links go: the order page (My eSIMs for a gift's recipient) and, for the buyer, the PDF receipt.
export type OrderLinks = { order: string; receipt?: string };
type T = Awaited<ReturnType<typeof translator<"Email">>>;

const STEPS = ["s1", "s2", "s3", "s4"] as const;

export async function activationEmail(order: Order, esims: ActivationEsim[], links: OrderLinks, gift?: Gift): Promise<EmailDraft> {
  const t = await translator(order.locale, "Email");
  const brand = await currentBrand();
  const attachments = await Promise.all(
    esims.map(async (e, i) => ({
      cid: `qr-${i + 1}@esim`,
      filename: `esim-${e.iccid}.png`,
      contentType: "image/png",
      base64: (await qrPng(e.lpa)).toString("base64"),
    })),
  );
  const steps = STEPS.map((s) => t(`steps.${s}`));
  return draft({
    dedupeKey: `activation:${order.id}`,
    kind: "activation",
    to: order.email,
    subject: gift ? t("giftSubject", { from: gift.from, brand: brand.name }) : t("activationSubject", { brand: brand.name }),
    html: (
      <Layout title={t("activationTitle")} lang={order.locale} brand={brand} tagline={t("tagline")}>
        {gift && <p>{t("giftIntro", { name: gift.name, from: gift.from })}</p>}
        {gift?.message && (
          <blockquote style={{ margin: "0 0 16px", padding: "8px 16px", borderLeft: `3px solid ${TOKENS.line}`, whiteSpace: "pre-line" }}>
            {gift.message}
          </blockquote>
        )}
        <p>{t("activationIntro")}</p>
        {esims.map((e, i) => (
          <EsimBlock key={e.iccid} esim={e} qrCid={attachments[i].cid} color={brand.color} t={t} />
        ))}
        <h3 style={{ fontSize: "16px" }}>{t("howToInstall")}</h3>
        <ol style={{ paddingLeft: "20px", lineHeight: 1.6 }}>
          {steps.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
        <p>
          <a href={links.order}>{gift ? t("giftAccount") : t("viewOrder")}</a>
        </p>
        {links.receipt && (
          <p>
            <a href={links.receipt}>{t("receiptLink")}</a>
          </p>
        )}
        <Small>{t("keepPrivate")}</Small>
      </Layout>
    ),
    text: [
      t("activationTitle"),
      "",
      ...(gift ? [t("giftIntro", { name: gift.name, from: gift.from }), ...(gift.message ? [gift.message] : []), ""] : []),
      ...esims.flatMap((e) => [
        `${e.planName} (${t("iccid", { iccid: e.iccid })})`,
        ...(e.allowance ? [e.allowance] : []),
        `${t("activationCode")}: ${e.lpa}`,
        `${t("smdp")}: ${e.smdpAddress}`,
        `${t("matchingId")}: ${e.matchingId}`,
        `${t("installIphone")}: ${e.appleUrl}`,
        `${t("installAndroid")}: ${e.androidUrl}`,
        "",
      ]),
      `${t("howToInstall")}:`,
      ...steps.map((s, i) => `${i + 1}. ${s}`),
      "",
      gift ? `${t("giftAccount")}: ${links.order}` : t("yourOrder", { url: links.order }),
      ...(links.receipt ? [`${t("receiptLink")}: ${links.receipt}`] : []),
      t("keepPrivate"),
    ],
    attachments,
    orderId: order.id,
  });
}

type BlockProps = { esim: ActivationEsim; qrCid: string; color: string | null; t: T };

function EsimBlock({ esim: e, qrCid, color, t }: BlockProps): Html {
  const label = { margin: "12px 0 4px", fontSize: "13px", color: TOKENS.muted };
  const code = { margin: 0, fontFamily: "monospace", fontSize: "14px", wordBreak: "break-all" };
  const fields = [
    [t("activationCode"), e.lpa],
    [t("smdp"), e.smdpAddress],
    [t("matchingId"), e.matchingId],
  ];
  return (
    <div style={{ border: `1px solid ${TOKENS.line}`, borderRadius: "12px", padding: "20px", margin: "16px 0" }}>
      <h2 style={{ margin: "0 0 4px", fontSize: "18px" }}>{e.planName}</h2>
      {e.allowance && <p style={{ margin: "0 0 4px", fontSize: "14px" }}>{e.allowance}</p>}
      <p style={{ margin: "0 0 12px", color: TOKENS.muted, fontSize: "13px" }}>{t("iccid", { iccid: e.iccid })}</p>
      <img src={`cid:${qrCid}`} width="220" height="220" alt={t("qrAlt")} style={{ display: "block", margin: "8px 0" }} />
      {fields.map(([name, value]) => [
        <p key={`${name}-label`} style={label}>
          {name}
        </p>,
        <p key={name} style={code}>
          {value}
        </p>,
      ])}
      <p style={{ margin: "16px 0 0" }}>
        <Button href={e.appleUrl} dark>
          {t("installIphone")}
        </Button>
        <Button href={e.androidUrl} color={color}>
          {t("installAndroid")}
        </Button>
      </p>
    </div>
  );
}
