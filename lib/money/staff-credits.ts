// Staff work on the credit ledger: record a credit (pending), confirm it as a second step (by a
// different staff member), void a pending one, reverse a confirmed one with a reason. The writes
// are the money module's (lib/money/credit-ledger); every step is audited here.
import { z } from "zod";
import { amount, email, orderId } from "@/lib/actions/fields";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { toMinor } from "@/lib/money/minor-units";
import { confirmPendingCredit, recordPendingCredit, reverseConfirmedCredit, voidPendingCredit } from "@/lib/money/credit-ledger";

export const recordCreditSchema = z.object({
  email,
  amount: amount.refine((a) => a <= 1000, "Amounts go from 0.01 to 1,000.00"),
  reason: z.string().trim().min(3, "Say why (the customer sees it)").max(200),
  orderId: z
    .union([z.literal(""), orderId])
    .default("")
    .transform((v) => v || null),
});

export type CreditOutcome = { ok: true; message: string } | { ok: false; error: string };

export async function recordCredit(staffId: string, input: z.infer<typeof recordCreditSchema>, currency: string): Promise<CreditOutcome> {
  const user = await db.user.findFirst({ where: { email: input.email }, select: { id: true } });
  if (!user) return { ok: false, error: "No customer account has this email. Credit needs an account (the customer signs in once)." };
  if (input.orderId) {
    const order = await db.order.findFirst({ where: { id: input.orderId, userId: user.id }, select: { id: true } });
    if (!order) return { ok: false, error: "That order does not belong to this customer." };
  }
  const amountMinor = toMinor(input.amount, currency);
  const entry = await recordPendingCredit({
    userId: user.id,
    amountMinor,
    currency,
    reason: input.reason,
    orderId: input.orderId,
    staffId,
  });
  await audit(
    staffId,
    "credit_recorded",
    { type: "credit", id: entry.id },
    { userId: user.id, amountMinor, currency, reason: input.reason },
  );
  return { ok: true, message: "Credit recorded. It counts once another staff member confirms it." };
}

// Four eyes: the ledger refuses a confirmation by the staff member who recorded the credit.
export async function confirmCredit(staffId: string, entryId: string): Promise<CreditOutcome> {
  const done = await confirmPendingCredit(staffId, entryId);
  if (!done.ok) return done;
  await audit(staffId, "credit_confirmed", { type: "credit", id: entryId });
  return { ok: true, message: "Credit confirmed: the customer can use it now." };
}

export async function voidCredit(staffId: string, entryId: string, reason: string): Promise<CreditOutcome> {
  const done = await voidPendingCredit(entryId);
  if (!done.ok) return done;
  await audit(staffId, "credit_voided", { type: "credit", id: entryId }, { reason });
  return { ok: true, message: "Pending credit voided." };
}

export async function reverseCredit(staffId: string, entryId: string, reason: string): Promise<CreditOutcome> {
  return db.$transaction(async (tx) => {
    const done = await reverseConfirmedCredit(tx, staffId, entryId, reason);
    if (!done.ok) return done;
    await tx.referral.updateMany({ where: { creditEntryId: entryId }, data: { status: "reversed", reason } }); // a referrer's credit
    await audit(staffId, "credit_reversed", { type: "credit", id: entryId }, { reversalId: done.reversalId, reason }, tx);
    return { ok: true, message: "Credit reversed." };
  });
}

export function ledgerEntries(filter: { status?: "pending" | "confirmed" | "voided"; email?: string }) {
  return db.creditEntry.findMany({
    where: {
      ...(filter.status ? { status: filter.status } : {}),
      ...(filter.email ? { user: { email: { contains: filter.email.toLowerCase() } } } : {}),
    },
    include: { user: { select: { email: true, id: true } }, reversal: { select: { id: true } } },
    orderBy: { createdAt: "desc" },
    take: 100,
  });
}
