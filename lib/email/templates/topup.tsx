/** @jsxImportSource @/lib/email/jsx */
// Confirmation that a top-up reached an existing eSIM (nothing to install again).
import { BRAND } from "@/lib/config/brand";
import { draft, type EmailDraft } from "../draft";
import { Layout } from "../layout";

export function topupEmail(
  order: { id: string; email: string },
  topups: Array<{ planName: string; iccid: string }>,
  orderUrl: string,
): EmailDraft {
  const list = topups.map((t) => `${t.planName} on eSIM ${t.iccid}`);
  return draft({
    dedupeKey: `activation:${order.id}`,
    kind: "topup",
    to: order.email,
    subject: `Your ${BRAND.name} top-up is ready`,
    html: (
      <Layout title="Your top-up is ready">
        <p>Added to the eSIM you already have installed, no new QR code needed:</p>
        <ul>
          {list.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
        <p>It starts when your current plan runs out or expires.</p>
        <p>
          <a href={orderUrl}>View your order</a>
        </p>
      </Layout>
    ),
    text: ["Your top-up is ready", "", ...list, "", "It starts when your current plan runs out or expires.", `Your order: ${orderUrl}`],
    orderId: order.id,
  });
}
