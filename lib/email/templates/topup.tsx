/** @jsxImportSource @/lib/email/jsx */
// Confirmation that a top-up reached an existing eSIM (nothing to install again).
import type { Locale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { draft, type EmailDraft } from "../draft";
import type { OrderLinks } from "./activation";
import { Layout } from "../layout";
import { currentBrand } from "@/lib/tenancy/brand";

type Order = { id: string; email: string; locale: Locale };

export async function topupEmail(
  order: Order,
  topups: Array<{ planName: string; iccid: string }>,
  links: Required<OrderLinks>,
): Promise<EmailDraft> {
  const t = await translator(order.locale, "Email");
  const brand = await currentBrand();
  const list = topups.map((x) => t("topupLine", { plan: x.planName, iccid: x.iccid }));
  return draft({
    dedupeKey: `activation:${order.id}`,
    kind: "topup",
    to: order.email,
    subject: t("topupSubject", { brand: brand.name }),
    html: (
      <Layout title={t("topupTitle")} lang={order.locale} brand={brand} tagline={t("tagline")}>
        <p>{t("topupIntro")}</p>
        <ul>
          {list.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
        <p>{t("topupStarts")}</p>
        <p>
          <a href={links.order}>{t("viewOrderShort")}</a>
        </p>
        <p>
          <a href={links.receipt}>{t("receiptLink")}</a>
        </p>
      </Layout>
    ),
    text: [
      t("topupTitle"),
      "",
      ...list,
      "",
      t("topupStarts"),
      t("yourOrder", { url: links.order }),
      `${t("receiptLink")}: ${links.receipt}`,
    ],
    orderId: order.id,
  });
}
