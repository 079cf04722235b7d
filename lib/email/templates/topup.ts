// Confirmation that a top-up reached an existing eSIM (nothing to install again).
import { BRAND } from "@/lib/config/brand";
import type { EmailDraft } from "@/lib/email/outbox";
import { escapeHtml as esc } from "@/lib/email/escape-html";

export function topupEmail(
  order: { id: string; email: string },
  topups: Array<{ planName: string; iccid: string }>,
  orderUrl: string,
): EmailDraft {
  const list = topups.map((t) => `${t.planName} on eSIM ${t.iccid}`);
  return {
    dedupeKey: `activation:${order.id}`,
    kind: "topup",
    to: order.email,
    subject: `Your ${BRAND.name} top-up is ready`,
    html: `<!doctype html><html><body style="font-family:system-ui,sans-serif;max-width:560px;margin:0 auto;padding:16px"><h1 style="font-size:22px">Your top-up is ready</h1><p>Added to the eSIM you already have installed, no new QR code needed:</p><ul>${list.map((l) => `<li>${esc(l)}</li>`).join("")}</ul><p>It starts when your current plan runs out or expires.</p><p><a href="${esc(orderUrl)}">View your order</a></p></body></html>`,
    text: [
      "Your top-up is ready",
      "",
      ...list,
      "",
      "It starts when your current plan runs out or expires.",
      `Your order: ${orderUrl}`,
    ].join("\n"),
    orderId: order.id,
  };
}
