/** @jsxImportSource @/lib/email/jsx */
// The activation email: per eSIM the QR code (inline image), activation code, SM-DP+ address and
// one-tap install links, in HTML and plain text.
import { BRAND } from "@/lib/config/brand";
import { qrPng, type InstallData } from "@/lib/esims/install-data";
import { TOKENS } from "../brand-tokens";
import { draft, type EmailDraft } from "../draft";
import type { Html } from "../jsx/jsx-runtime";
import { Button, Layout, Small } from "../layout";

export type ActivationEsim = InstallData & { planName: string };

const STEPS = [
  "Connect to Wi-Fi.",
  "iPhone: Settings → Mobile Service → Add eSIM → Use QR Code. Android: Settings → Network & internet → SIMs → Add eSIM.",
  "Scan the QR code, or enter the SM-DP+ address and activation code by hand.",
  "When you land, switch on this eSIM for mobile data and turn on data roaming for it.",
];

export async function activationEmail(
  order: { id: string; email: string },
  esims: ActivationEsim[],
  orderUrl: string,
): Promise<EmailDraft> {
  const attachments = await Promise.all(
    esims.map(async (e, i) => ({
      cid: `qr-${i + 1}@esim`,
      filename: `esim-${e.iccid}.png`,
      contentType: "image/png",
      base64: (await qrPng(e.lpa)).toString("base64"),
    })),
  );
  return draft({
    dedupeKey: `activation:${order.id}`,
    kind: "activation",
    to: order.email,
    subject: `Your ${BRAND.name} eSIM is ready to install`,
    html: (
      <Layout title="Your eSIM is ready">
        <p>
          Thanks for your order. Install your eSIM before you travel, while you have Wi-Fi: scan the QR code from another screen, or tap the
          install button on the phone itself.
        </p>
        {esims.map((e, i) => (
          <EsimBlock key={e.iccid} esim={e} qrCid={attachments[i].cid} />
        ))}
        <h3 style={{ fontSize: "16px" }}>How to install</h3>
        <ol style={{ paddingLeft: "20px", lineHeight: 1.6 }}>
          {STEPS.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ol>
        <p>
          <a href={orderUrl}>View your order and install details</a>
        </p>
        <Small>Keep this email private: the QR code and activation code install your eSIM.</Small>
      </Layout>
    ),
    text: [
      "Your eSIM is ready",
      "",
      ...esims.flatMap((e) => [
        `${e.planName} (ICCID ${e.iccid})`,
        `Activation code: ${e.lpa}`,
        `SM-DP+ address: ${e.smdpAddress}`,
        `Matching ID: ${e.matchingId}`,
        `Install on iPhone (iOS 17.4+): ${e.appleUrl}`,
        `Install on Android: ${e.androidUrl}`,
        "",
      ]),
      "How to install:",
      ...STEPS.map((s, i) => `${i + 1}. ${s}`),
      "",
      `Your order: ${orderUrl}`,
      "Keep this email private: the QR code and activation code install your eSIM.",
    ],
    attachments,
    orderId: order.id,
  });
}

function EsimBlock({ esim: e, qrCid }: { esim: ActivationEsim; qrCid: string }): Html {
  const label = { margin: "12px 0 4px", fontSize: "13px", color: TOKENS.muted };
  const code = { margin: 0, fontFamily: "monospace", fontSize: "14px", wordBreak: "break-all" };
  return (
    <div style={{ border: `1px solid ${TOKENS.line}`, borderRadius: "12px", padding: "20px", margin: "16px 0" }}>
      <h2 style={{ margin: "0 0 4px", fontSize: "18px" }}>{e.planName}</h2>
      <p style={{ margin: "0 0 12px", color: TOKENS.muted, fontSize: "13px" }}>ICCID {e.iccid}</p>
      <img src={`cid:${qrCid}`} width="220" height="220" alt="QR code to install your eSIM" style={{ display: "block", margin: "8px 0" }} />
      {(
        [
          ["Activation code", e.lpa],
          ["SM-DP+ address", e.smdpAddress],
          ["Matching ID", e.matchingId],
        ] as const
      ).map(([name, value]) => [
        <p key={`${name}-label`} style={label}>
          {name}
        </p>,
        <p key={name} style={code}>
          {value}
        </p>,
      ])}
      <p style={{ margin: "16px 0 0" }}>
        <Button href={e.appleUrl} dark>
          Install on iPhone (iOS 17.4+)
        </Button>
        <Button href={e.androidUrl}>Install on Android</Button>
      </p>
    </div>
  );
}
