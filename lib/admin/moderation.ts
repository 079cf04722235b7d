// The staff queue of customer requests that need approval. A decision is taken once (conditional
// update), carried out, audited, and the customer is told by email.
import { db } from "@/lib/db";
import { queueEmail } from "@/lib/email/outbox";
import { moderationEmail } from "@/lib/email/templates/moderation";
import { isLocale } from "@/lib/i18n/locales";
import { translator } from "@/lib/i18n/translator";
import { executeRemoval, findOwnedAssignment, refundMethodFor } from "@/lib/esims/bundle-removal";
import { audit } from "@/lib/audit";

export function pendingRequests() {
  return db.moderationRequest.findMany({
    where: { status: "pending" },
    include: { user: { select: { email: true } } },
    orderBy: { createdAt: "asc" },
  });
}

export async function decide(staffId: string, requestId: string, approve: boolean, note: string): Promise<string> {
  const { count } = await db.moderationRequest.updateMany({
    where: { id: requestId, status: "pending" },
    data: { status: approve ? "approved" : "rejected", decidedById: staffId, decisionNote: note || null, decidedAt: new Date() },
  });
  if (count === 0) return "This request was already decided.";
  const request = await db.moderationRequest.findUniqueOrThrow({ where: { id: requestId }, include: { user: true } });
  await audit(staffId, approve ? "approve_request" : "reject_request", { type: "moderation", id: requestId }, { note });
  let outcome: { message: string; params?: Record<string, string | number> } = note
    ? { message: "declinedWith", params: { note } }
    : { message: "declined" };
  if (approve && request.assignmentId) {
    const assignment = await findOwnedAssignment(request.userId, request.assignmentId);
    outcome = assignment
      ? await executeRemoval(assignment, request.amountMinor, refundMethodFor(assignment.orderLine!.order), staffId)
      : { message: "gone" };
  }
  const locale = isLocale(request.user.locale) ? request.user.locale : "en";
  await queueEmail(
    await moderationEmail(request.user.email!, locale, { approved: approve, amount: [request.amountMinor, request.currency], outcome }),
  );
  // Staff read the outcome in English.
  return (await translator("en", "Removal"))(outcome.message as "declined", outcome.params);
}
