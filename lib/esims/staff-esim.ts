// One eSIM as staff see it: owner, origin, plans with usage, snapshots as received, and eSIM Go's
// own history read live. Activation codes are not part of it.
import { db } from "@/lib/db";
import { esimgo } from "@/lib/esimgo";

export function esimForStaff(iccid: string) {
  if (!/^\d{10,22}$/.test(iccid)) return Promise.resolve(null);
  return db.esim.findUnique({
    where: { iccid },
    include: {
      owner: { select: { id: true, email: true } },
      originLine: { select: { orderId: true } },
      assignments: { orderBy: { createdAt: "asc" }, include: { orderLine: { select: { orderId: true } } } },
      snapshots: { orderBy: { receivedAt: "desc" }, take: 50 },
    },
  });
}

// eSIM Go's own history for the ICCID (installs, bundle changes), read live for staff.
export async function providerHistory(
  iccid: string,
): Promise<{ ok: true; items: Array<{ name: string; bundle: string | null; date: Date | null }> } | { ok: false; error: string }> {
  try {
    const items = await esimgo().esimHistory(iccid);
    return { ok: true, items: items.map((h) => ({ name: h.name, bundle: h.bundleName ?? null, date: h.date ?? null })) };
  } catch (error) {
    return { ok: false, error: (error as Error).message };
  }
}
