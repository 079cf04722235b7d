// Every staff action is recorded: who, what, on what, when (inside the action's transaction when given).
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export async function audit(
  actorId: string,
  action: string,
  target: { type: string; id: string },
  details?: Prisma.InputJsonValue,
  client: Prisma.TransactionClient = db,
) {
  await client.auditLog.create({ data: { actorId, action, targetType: target.type, targetId: target.id, details } });
}
