// Everything the order page shows, read for the buyer (access already checked by the caller).
// A gift's activation codes are not part of it.
import { db } from "@/lib/db";
import { planName } from "@/lib/catalogue/plan-name";
import type { Locale } from "@/lib/i18n/locales";
import { planWords } from "@/lib/i18n/translator";
import { installData, qrSvg, type InstallData } from "@/lib/esims/install-data";
import { installView, type InstallView } from "@/lib/esims/install-status";
import type { FulfilmentStatus, OrderStatus } from "@/lib/generated/prisma/client";

export type LineView = {
  id: string;
  name: string;
  kind: "new_esim" | "topup";
  quantity: number;
  status: FulfilmentStatus;
  targetIccid: string | null;
  esims: Array<InstallData & { qr: string; install: InstallView }>;
};
export type OrderView = {
  id: string;
  email: string;
  status: OrderStatus;
  totalMinor: number;
  currency: string;
  createdAt: Date;
  lines: LineView[];
  settled: boolean;
  awaitingInstall: boolean;
  gift: { name: string; email: string } | null;
};

export async function loadOrderView(orderId: string, locale: Locale): Promise<OrderView | null> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    include: { lines: { include: { bundle: true, esims: true }, orderBy: { createdAt: "asc" } } },
  });
  if (!order) return null;
  const words = await planWords(locale);
  const lines: LineView[] = await Promise.all(
    order.lines.map(async (l) => ({
      id: l.id,
      name: planName(l.bundle, locale, words),
      kind: l.kind,
      quantity: l.quantity,
      status: l.fulfilmentStatus,
      targetIccid: l.targetIccid,
      // A gift's codes are the recipient's: the buyer's page never carries them.
      esims: await Promise.all(
        (order.giftRecipientEmail ? [] : l.esims).flatMap((e) => {
          const data = installData(e);
          return data ? [qrSvg(data.lpa).then((qr) => ({ ...data, qr, install: installView(e) }))] : [];
        }),
      ),
    })),
  );
  // Settled: nothing will change without someone acting, so the page can stop refreshing.
  const settled =
    ["payment_failed", "expired", "refunded", "fulfilled"].includes(order.status) ||
    lines.every((l) => ["fulfilled", "esim_failed", "cancelled"].includes(l.status));
  // Freshly delivered and not on the phone yet: the page keeps listening for "Installed".
  const awaitingInstall =
    Date.now() - order.createdAt.getTime() < 3600_000 && lines.some((l) => l.esims.some((e) => e.install.key !== "installed"));
  return {
    id: order.id,
    email: order.email,
    status: order.status,
    totalMinor: order.totalMinor,
    currency: order.currency,
    createdAt: order.createdAt,
    lines,
    settled,
    awaitingInstall,
    gift: order.giftRecipientEmail ? { name: order.giftRecipientName ?? "", email: order.giftRecipientEmail } : null,
  };
}
