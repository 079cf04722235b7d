// Backfill: fulfilled order lines whose eSIM rows or install data are missing (lost data, a bad
// manual edit) are recovered from eSIM Go by their order reference. Dry run first, then apply.
import { db } from "@/lib/db";
import { esimgo } from "@/lib/esimgo";
import { fetchDelivery, ownerFor, storeDelivery } from "@/lib/fulfilment/delivery";
import { audit } from "@/lib/audit";

export type BackfillItem = { lineId: string; orderId: string; reference: string; found: string[]; error?: string };

async function incompleteLines() {
  const lines = await db.orderLine.findMany({
    where: { fulfilmentStatus: "fulfilled", esimgoOrderReference: { not: null }, kind: "new_esim" },
    include: {
      esims: { select: { matchingId: true, smdpAddress: true } },
      order: { select: { id: true, email: true, userId: true, giftRecipientEmail: true } },
    },
  });
  return lines.filter((l) => l.esims.length < l.quantity || l.esims.some((e) => !e.matchingId || !e.smdpAddress));
}

export async function backfill(staffId: string, apply: boolean): Promise<BackfillItem[]> {
  const items: BackfillItem[] = [];
  for (const line of await incompleteLines()) {
    const reference = line.esimgoOrderReference!;
    try {
      const delivery = await fetchDelivery(esimgo(), line, reference);
      if (apply) {
        const ownerId = await ownerFor(line.order);
        await db.$transaction((tx) => storeDelivery(tx, line, line.order, ownerId, reference, delivery));
      }
      items.push({ lineId: line.id, orderId: line.orderId, reference, found: delivery.map((d) => d.install.iccid) });
    } catch (error) {
      items.push({ lineId: line.id, orderId: line.orderId, reference, found: [], error: (error as Error).message });
    }
  }
  if (apply) await audit(staffId, "backfill", { type: "tool", id: "backfill" }, { lines: items.map((i) => i.lineId) });
  return items;
}
