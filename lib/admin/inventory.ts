// eSIM Go inventory (bundles bought but not assigned) and refunds of unused items to the
// organisation balance. A refund is previewed first (what comes back), then confirmed.
import { db } from "@/lib/db";
import { InvalidRequestError, esimgo } from "@/lib/esimgo";
import { audit } from "@/lib/audit";

export async function inventoryWithPrices() {
  const inventory = await esimgo().inventory();
  const names = inventory.bundles.map((b) => b.name);
  const prices = new Map(
    (
      await db.bundle.findMany({ where: { name: { in: names } }, select: { name: true, wholesaleMinor: true, wholesaleCurrency: true } })
    ).map((b) => [b.name, b]),
  );
  return inventory.bundles.flatMap((b) =>
    b.available
      .filter((a) => a.remaining > 0)
      .map((a) => ({
        usageId: a.id,
        bundle: b.name,
        description: b.desc ?? b.name,
        total: a.total,
        remaining: a.remaining,
        expiry: a.expiry ?? null,
        unitWholesale: prices.get(b.name) ?? null,
      })),
  );
}

export async function refundInventoryItem(staffId: string, usageId: number, quantity: number): Promise<{ ok: boolean; message: string }> {
  try {
    const before = (await esimgo().organisation()).balance;
    await esimgo().refundInventory(usageId, quantity);
    const after = (await esimgo().organisation()).balance;
    await audit(
      staffId,
      "inventory_refund",
      { type: "inventory", id: String(usageId) },
      { quantity, balanceBefore: before, balanceAfter: after },
    );
    return { ok: true, message: `Refunded ${quantity} to the eSIM Go balance: ${before.toFixed(2)} → ${after.toFixed(2)}.` };
  } catch (error) {
    return {
      ok: false,
      message:
        error instanceof InvalidRequestError
          ? `eSIM Go refused: ${error.providerMessage}`
          : `eSIM Go did not answer: ${(error as Error).message}`,
    };
  }
}
