// The activation email: per eSIM the QR code (inline image), activation code, SM-DP+ address and
// one-tap install links, in HTML and plain text.
import { BRAND } from "@/lib/config/brand";
import { qrPng, type InstallData } from "@/lib/esims/install-data";
import type { EmailDraft } from "@/lib/email/outbox";
import { escapeHtml as esc } from "@/lib/email/escape-html";

export type ActivationEsim = InstallData & { planName: string };

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
  const blocks = esims
    .map(
      (e, i) => `
  <div style="border:1px solid #e2e8f0;border-radius:12px;padding:20px;margin:16px 0">
    <h2 style="margin:0 0 4px;font-size:18px">${esc(e.planName)}</h2>
    <p style="margin:0 0 12px;color:#475569;font-size:13px">ICCID ${esc(e.iccid)}</p>
    <img src="cid:${attachments[i].cid}" width="220" height="220" alt="QR code to install your eSIM" style="display:block;margin:8px 0">
    <p style="margin:12px 0 4px;font-size:13px;color:#475569">Activation code</p>
    <p style="margin:0;font-family:monospace;font-size:14px;word-break:break-all">${esc(e.lpa)}</p>
    <p style="margin:12px 0 4px;font-size:13px;color:#475569">SM-DP+ address</p>
    <p style="margin:0;font-family:monospace;font-size:14px">${esc(e.smdpAddress)}</p>
    <p style="margin:12px 0 4px;font-size:13px;color:#475569">Matching ID</p>
    <p style="margin:0;font-family:monospace;font-size:14px">${esc(e.matchingId)}</p>
    <p style="margin:16px 0 0">
      <a href="${esc(e.appleUrl)}" style="display:inline-block;background:#0f172a;color:#fff;padding:10px 14px;border-radius:8px;text-decoration:none;margin:0 8px 8px 0">Install on iPhone (iOS 17.4+)</a>
      <a href="${esc(e.androidUrl)}" style="display:inline-block;background:#1d63de;color:#fff;padding:10px 14px;border-radius:8px;text-decoration:none">Install on Android</a>
    </p>
  </div>`,
    )
    .join("");
  const html = `<!doctype html><html><body style="font-family:system-ui,-apple-system,sans-serif;color:#0f172a;max-width:560px;margin:0 auto;padding:16px">
  <h1 style="font-size:22px">Your eSIM is ready</h1>
  <p>Thanks for your order. Install your eSIM before you travel, while you have Wi-Fi: scan the QR code from another screen, or tap the install button on the phone itself.</p>
  ${blocks}
  <h3 style="font-size:16px">How to install</h3>
  <ol style="padding-left:20px;line-height:1.6"><li>Connect to Wi-Fi.</li><li>iPhone: Settings → Mobile Service → Add eSIM → Use QR Code. Android: Settings → Network &amp; internet → SIMs → Add eSIM.</li><li>Scan the QR code, or enter the SM-DP+ address and activation code by hand.</li><li>When you land, switch on this eSIM for mobile data and turn on data roaming for it.</li></ol>
  <p><a href="${esc(orderUrl)}">View your order and install details</a></p>
  <p style="color:#64748b;font-size:12px">Keep this email private: the QR code and activation code install your eSIM. ${BRAND.name}</p>
</body></html>`;
  const text = [
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
    "How to install: connect to Wi-Fi, add an eSIM in your phone's settings, scan the QR code (attached) or enter the SM-DP+ address and activation code. Turn on data roaming for this eSIM when you land.",
    "",
    `Your order: ${orderUrl}`,
    "Keep this email private: the QR code and activation code install your eSIM.",
  ].join("\n");
  return {
    dedupeKey: `activation:${order.id}`,
    kind: "activation",
    to: order.email,
    subject: `Your ${BRAND.name} eSIM is ready to install`,
    html,
    text,
    attachments,
    orderId: order.id,
  };
}
