// The staff queue of customer requests that need approval. A decision is taken once (conditional
// update), carried out, audited, and the customer is told by email.
import { db } from "@/lib/db";
import { queueEmail } from "@/lib/email/outbox";
import { formatMoney } from "@/lib/money/minor-units";
import { noticeEmail } from "@/lib/email/templates/notice";
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
  let outcome = `Your request was declined${note ? `: ${note}` : "."}`;
  if (approve && request.assignmentId) {
    const assignment = await findOwnedAssignment(request.userId, request.assignmentId);
    outcome = assignment
      ? (await executeRemoval(assignment, request.amountMinor, refundMethodFor(assignment.orderLine!.order), staffId)).message
      : "The plan could not be found any more; nothing was changed.";
  }
  const amount = formatMoney(request.amountMinor, request.currency);
  await queueEmail(
    noticeEmail({
      kind: "moderation-decision",
      to: request.user.email!,
      subject: approve ? "Your refund request was approved" : "About your refund request",
      message: `Your request to remove a plan (${amount}): ${outcome}`,
    }),
  );
  return outcome;
}
