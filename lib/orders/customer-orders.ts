// A customer's own orders: always queried by owner, so another customer's id finds nothing.
import { db } from "@/lib/db";

export function ownedOrders(userId: string) {
  return db.order.findMany({
    where: { userId },
    include: { lines: { select: { bundleName: true, quantity: true, kind: true } } },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
}
