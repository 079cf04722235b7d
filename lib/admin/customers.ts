// Staff lookups of customers: one search box takes an email, an ICCID or an order id.
import { db } from "@/lib/db";

export async function searchCustomers(raw: string) {
  const q = raw.trim().slice(0, 254);
  if (q.length < 2) return { users: [], esims: [], orders: [] };
  const digits = /^\d{6,22}$/.test(q);
  const [users, esims, orders] = await Promise.all([
    digits
      ? []
      : db.user.findMany({
          where: { email: { contains: q.toLowerCase() } },
          select: { id: true, email: true, role: true, createdAt: true },
          take: 25,
          orderBy: { createdAt: "desc" },
        }),
    db.esim.findMany({
      where: digits ? { iccid: { startsWith: q } } : { ownerEmail: { contains: q.toLowerCase() } },
      select: { iccid: true, ownerEmail: true, state: true, createdAt: true },
      take: 25,
      orderBy: { createdAt: "desc" },
    }),
    db.order.findMany({
      where: digits
        ? { lines: { some: { targetIccid: { startsWith: q } } } }
        : { OR: [{ id: q }, { email: { contains: q.toLowerCase() } }] },
      select: { id: true, email: true, status: true, createdAt: true },
      take: 25,
      orderBy: { createdAt: "desc" },
    }),
  ]);
  return { users, esims, orders };
}

export function customerDetail(id: string) {
  return db.user.findUnique({
    where: { id },
    include: {
      orders: {
        orderBy: { createdAt: "desc" },
        take: 50,
        include: { lines: { select: { bundleName: true, quantity: true, fulfilmentStatus: true } } },
      },
      esims: { orderBy: { createdAt: "desc" }, include: { assignments: { select: { bundleName: true, state: true } } } },
      creditEntries: { orderBy: { createdAt: "desc" }, take: 50 },
    },
  });
}
