// Staff work on the credit ledger: record a credit (pending), confirm it as a second step, void a
// pending one, reverse a confirmed one with a reason. Every step is audited; nothing is edited or
// deleted, so the ledger is the history.
import { z } from "zod";
import { audit } from "@/lib/admin/audit";
import { db } from "@/lib/db";
import { toMinor } from "@/lib/money/minor-units";
import { creditBalance, lockLedger } from "./ledger";

export const recordCreditSchema = z.object({
  email: z.email("Enter the customer's email").max(254).transform((e) => e.toLowerCase()),
  amount: z
    .string()
    .trim()
    .regex(/^\d{1,5}(\.\d{1,2})?$/, "Enter an amount such as 12.50")
    .transform(Number)
    .refine((a) => a > 0 && a <= 1000, "Amounts go from 0.01 to 1,000.00"),
  reason: z.string().trim().min(3, "Say why (the customer sees it)").max(200),
  orderId: z.union([z.literal(""), z.string().regex(/^[a-z0-9]{20,40}$/, "Unknown order")]).transform((v) => v || null),
});

export type CreditOutcome = { ok: true; message: string } | { ok: false; error: string };

export async function recordCredit(staffId: string, input: z.infer<typeof recordCreditSchema>, currency: string): Promise<CreditOutcome> {
  const user = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (!user) return { ok: false, error: "No customer account has this email. Credit needs an account (the customer signs in once)." };
  if (input.orderId) {
    const order = await db.order.findFirst({ where: { id: input.orderId, userId: user.id }, select: { id: true } });
    if (!order) return { ok: false, error: "That order does not belong to this customer." };
  }
  const amountMinor = toMinor(input.amount, currency);
  const entry = await db.creditEntry.create({ data: { userId: user.id, amountMinor, currency, status: "pending", reason: input.reason, orderId: input.orderId, createdById: staffId } });
  await audit(staffId, "credit_recorded", { type: "credit", id: entry.id }, { userId: user.id, amountMinor, currency, reason: input.reason });
  return { ok: true, message: "Credit recorded. It counts once it is confirmed." };
}

export async function confirmCredit(staffId: string, entryId: string): Promise<CreditOutcome> {
  const { count } = await db.creditEntry.updateMany({ where: { id: entryId, status: "pending" }, data: { status: "confirmed", confirmedById: staffId, confirmedAt: new Date() } });
  if (count === 0) return { ok: false, error: "This credit is no longer waiting for confirmation." };
  await audit(staffId, "credit_confirmed", { type: "credit", id: entryId });
  return { ok: true, message: "Credit confirmed: the customer can use it now." };
}

export async function voidCredit(staffId: string, entryId: string, reason: string): Promise<CreditOutcome> {
  const { count } = await db.creditEntry.updateMany({ where: { id: entryId, status: "pending" }, data: { status: "voided" } });
  if (count === 0) return { ok: false, error: "Only a credit waiting for confirmation can be voided." };
  await audit(staffId, "credit_voided", { type: "credit", id: entryId }, { reason });
  return { ok: true, message: "Pending credit voided." };
}

// A reversal is a new negative entry; it cannot take more than the customer still holds.
export async function reverseCredit(staffId: string, entryId: string, reason: string): Promise<CreditOutcome> {
  return db.$transaction(async (tx) => {
    const entry = await tx.creditEntry.findUnique({ where: { id: entryId }, include: { reversal: { select: { id: true } } } });
    if (!entry || entry.status !== "confirmed" || entry.amountMinor <= 0) return { ok: false, error: "Only a confirmed credit can be reversed." };
    if (entry.reversal) return { ok: false, error: "This credit was already reversed." };
    await lockLedger(tx, entry.userId);
    const balance = await creditBalance(entry.userId, entry.currency, tx);
    if (balance < entry.amountMinor) return { ok: false, error: "The customer has already spent part of this credit, so it cannot be reversed in full." };
    const reversal = await tx.creditEntry.create({
      data: { userId: entry.userId, currency: entry.currency, amountMinor: -entry.amountMinor, status: "confirmed", confirmedAt: new Date(), confirmedById: staffId, createdById: staffId, reason: `Reversed: ${reason}`, orderId: entry.orderId, reversesId: entry.id },
    });
    await tx.auditLog.create({ data: { actorId: staffId, action: "credit_reversed", targetType: "credit", targetId: entry.id, details: { reversalId: reversal.id, reason } } });
    return { ok: true, message: "Credit reversed." };
  });
}

export function ledgerEntries(filter: { status?: "pending" | "confirmed" | "voided"; email?: string }) {
  return db.creditEntry.findMany({
    where: { ...(filter.status ? { status: filter.status } : {}), ...(filter.email ? { user: { email: { contains: filter.email.toLowerCase() } } } : {}) },
    include: { user: { select: { email: true, id: true } }, reversal: { select: { id: true } } },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
}
